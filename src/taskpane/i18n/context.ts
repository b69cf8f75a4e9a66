import { createContext, useContext } from 'react';
import type { Strings } from './zh';
import { zh } from './zh';

export const StringsContext = createContext<Strings>(zh);

export function useStrings(): Strings {
  return useContext(StringsContext);
}
