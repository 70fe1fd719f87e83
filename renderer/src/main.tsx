import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { ApiClient } from './api/client.js';
import { pickTransport } from './api/transport.js';
import { initI18n } from './i18n/i18n.js';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('missing #root');
await initI18n();
const client = new ApiClient(pickTransport());
createRoot(root).render(
  <StrictMode>
    <App client={client} />
  </StrictMode>,
);
