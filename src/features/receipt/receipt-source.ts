/** Where the receipt screen reads a submitted case from (wired by src/app: the local actions collection). */
import { createContext, useContext } from 'react';
import type { ReceiptData } from './receipt-view';

export interface ReceiptSource {
  /** The receipt data of a case submitted on this device, or null when there is none. */
  load(receiptNo: string): Promise<ReceiptData | null>;
}

export const ReceiptSourceContext = createContext<ReceiptSource | null>(null);

export function useReceiptSource(): ReceiptSource {
  const source = useContext(ReceiptSourceContext);
  if (!source) throw new Error('ReceiptSourceContext is not provided (src/app wires it)');
  return source;
}
