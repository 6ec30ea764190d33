// A sandboxed preload: bundled to CommonJS (dist/electron/preload.cjs) and may require only 'electron'.
import { contextBridge, ipcRenderer } from 'electron';
import { API_GLOBAL } from '../../shared/ipc/names';
import { createTickmarkApi } from './api';

contextBridge.exposeInMainWorld(API_GLOBAL, createTickmarkApi(ipcRenderer));
