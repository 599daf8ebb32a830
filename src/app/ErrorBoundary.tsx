import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ErrorScreen } from '../ui/ErrorScreen';
import { useT } from '../ui/i18n/use-t';

/** A crash anywhere below shows a Chinese message and a way out instead of a white page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('Daiban: unhandled error in the UI', error, info.componentStack);
  }

  override render() {
    return this.state.error ? <CrashScreen /> : this.props.children;
  }
}

export function CrashScreen({ isChunkFailure = false }: { isChunkFailure?: boolean }) {
  const t = useT();
  return (
    <ErrorScreen
      title={t('error.title')}
      body={isChunkFailure ? t('error.chunkBody') : t('error.body')}
      primaryLabel={t('error.reload')}
      onPrimary={() => window.location.reload()}
      secondaryLabel={t('error.home')}
      secondaryHref="/"
    />
  );
}
