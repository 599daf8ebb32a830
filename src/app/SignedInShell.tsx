/**
 * Everything after sign-in, as one lazily loaded chunk: the local services on the unlocked database
 * (LocalServicesProvider) around the shell. The first screen (login, unlock) does not download it.
 */
import { LocalServicesProvider } from './LocalServicesProvider';
import { ShellLayout } from './ShellLayout';

export function SignedInShell() {
  return (
    <LocalServicesProvider>
      <ShellLayout />
    </LocalServicesProvider>
  );
}
