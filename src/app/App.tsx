import { ConfigProvider } from 'antd-mobile';
import enUS from 'antd-mobile/es/locales/en-US';
import zhCN from 'antd-mobile/es/locales/zh-CN';
import { Suspense, useState } from 'react';
import { RouterProvider } from 'react-router/dom';
import { LoadingState } from '../ui/PageState';
import { useLanguage, useT } from '../ui/i18n/use-t';
import { ErrorBoundary } from './ErrorBoundary';
import { createAppRouter } from './router';
import { UpdatePrompt } from './UpdatePrompt';

/** Providers, the router and the update banner. */
export function App() {
  const language = useLanguage();
  const [router] = useState(createAppRouter);
  return (
    <ConfigProvider locale={language === 'en' ? enUS : zhCN}>
      <ErrorBoundary>
        <Suspense fallback={<AppLoading />}>
          <RouterProvider router={router} />
        </Suspense>
        <UpdatePrompt />
      </ErrorBoundary>
    </ConfigProvider>
  );
}

function AppLoading() {
  const t = useT();
  return <LoadingState label={t('app.loading')} />;
}
