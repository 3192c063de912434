import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { matchPatterns } from './lib/sites';

// Chrome MV3 first; `wxt build -b firefox` must pass too.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  outDir: '.output',
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // activeTab + scripting: "检查此页" on any other page, only when the user asks.
    // unlimitedStorage: saved evidence (pages, screenshots, the custody chain) must not be evicted or refused
    // for quota; with it the browser grants persistent storage (navigator.storage.persist, lib/store/persist).
    // It concerns this extension's own storage only: no host access, no data of any site.
    permissions: ['storage', 'unlimitedStorage', 'activeTab', 'scripting'],
    // The same hosts the content script already runs on (no extra install warning): lets the popup's
    // check and the tab lookups work however the popup was opened.
    host_permissions: matchPatterns(),
    // "保存证据" from the keyboard; invoking it grants activeTab, which captureVisibleTab needs.
    commands: {
      'save-evidence': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_cmdSaveEvidence__',
      },
    },
  },
});
