import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './ui/antd-react19';
import './ui/theme.css';
import { App } from './app/App';
import { startLanguagePersistence } from './app/language-persistence';

startLanguagePersistence();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
