/**
 * What the intake needs from outside, handed in by the app (src/app wires the RxDB-backed ones):
 * the two repositories, the receipt number and the submit itself.
 */
import { createContext, useContext } from 'react';
import type { IntakeDraft } from './intake-draft';
import type { DraftRepository, FileRepository } from './draft-repository';
import type { SubmitPayload } from './build-submit-payload';

export interface IntakeServices {
  drafts: DraftRepository;
  files: FileRepository;
  /** The next 收件凭证号 of this device (generateReceiptNo + nextReceiptSequence, persisted). */
  issueReceiptNo(): Promise<string>;
  /** Records the submit action (queued for upload); the wizard removes the draft once this resolves. */
  submit(payload: SubmitPayload, draft: IntakeDraft): Promise<void>;
  /** Called when the agent reveals a full ID number on the review page (个保法: a reveal is logged). */
  onRevealIdentity?(draftId: string): void;
  /** The catalogue items replicated to the device (newest version of each), for intake offline. */
  loadLocalCatalogue?(): Promise<unknown[]>;
}

export const IntakeServicesContext = createContext<IntakeServices | null>(null);

export function useIntakeServices(): IntakeServices {
  const services = useContext(IntakeServicesContext);
  if (!services) throw new Error('IntakeServicesContext is not provided (src/app wires it)');
  return services;
}

/** The services, or null when the app could not provide them (no local database). */
export function useOptionalIntakeServices(): IntakeServices | null {
  return useContext(IntakeServicesContext);
}
