/** The DesktopApi the app was started with, for any component that saves or opens files. */
import { createContext, useContext } from 'react';
import type { DesktopApi } from './desktopApi';

export const DesktopApiContext = createContext<DesktopApi | null>(null);

export function useDesktopApi(): DesktopApi {
  const api = useContext(DesktopApiContext);
  if (!api) throw new Error('useDesktopApi: the app was rendered without a DesktopApi');
  return api;
}
