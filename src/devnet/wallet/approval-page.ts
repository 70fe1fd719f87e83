// The devnet wallet's approval page, served by the local bridge server: it shows each pending connect
// request (which site, what it asks for) with Approve and Reject buttons. Loopback only.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { BridgeServer } from '../bridge/bridge-server.js';
import type { DevnetWallet } from './devnet-wallet.js';
import { errorMessage } from '../../logging/logger.js';

const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function renderApprovalPage(wallet: DevnetWallet, message = ''): string {
  const rows = wallet
    .pending()
    .map((p) => {
      const asks = p.request.items
        .map((i) => (i.name === 'ton_proof' ? 'proof of wallet ownership' : 'your address'))
        .join(', ');
      return `<li><p><b>${esc(p.domain)}</b> asks for ${esc(asks)}.</p>
<form method="post" action="/wallet/approve"><input type="hidden" name="id" value="${esc(p.id)}"><button>Approve</button></form>
<form method="post" action="/wallet/reject"><input type="hidden" name="id" value="${esc(p.id)}"><button>Reject</button></form></li>`;
    })
    .join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><title>Silkworm devnet wallet</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; form-action 'self'">
<style>body{font:15px system-ui;max-width:40em;margin:2em auto}li{margin:1em 0}form{display:inline}</style></head>
<body><h1>Silkworm devnet wallet</h1><p>Simulated wallet of the local devnet. Address: <code>${esc(wallet.address.toString())}</code></p>
${message ? `<p><b>${esc(message)}</b></p>` : ''}
${rows ? `<ul>${rows}</ul>` : '<p>No pending requests.</p>'}</body></html>`;
}

export function registerApprovalPage(bridge: BridgeServer, wallet: DevnetWallet): void {
  bridge.addRoute(async (req, res, url) => {
    if (req.method === 'GET' && url.pathname === '/wallet/wallets.json') {
      // a wallets list (TON Connect wallets-v2 format) naming only the devnet wallet, for the app's SDK
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify([devnetWalletListEntry(bridge, wallet)]));
      return true;
    }
    if (req.method === 'GET' && url.pathname === '/wallet/connect') {
      let message = '';
      if (url.searchParams.has('r')) {
        try {
          await wallet.openLink(url.toString());
          message = wallet.autoApprove ? 'Approved automatically.' : 'New connect request below.';
        } catch (err) {
          message = `Not a valid connect link: ${errorMessage(err)}`;
        }
      }
      return html(res, 200, renderApprovalPage(wallet, message));
    }
    if (req.method === 'POST' && (url.pathname === '/wallet/approve' || url.pathname === '/wallet/reject')) {
      const id = new URLSearchParams(await body(req)).get('id') ?? '';
      try {
        await (url.pathname === '/wallet/approve' ? wallet.approve(id) : wallet.reject(id));
        return html(
          res,
          200,
          renderApprovalPage(wallet, url.pathname === '/wallet/approve' ? 'Approved.' : 'Rejected.'),
        );
      } catch (err) {
        return html(res, 404, renderApprovalPage(wallet, errorMessage(err)));
      }
    }
    return false;
  });
}

function html(res: ServerResponse, status: number, text: string): true {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'x-frame-options': 'DENY' });
  res.end(text);
  return true;
}

async function body(req: IncomingMessage): Promise<string> {
  let s = '';
  for await (const chunk of req) {
    s += String(chunk);
    if (s.length > 4096) break;
  }
  return s;
}

export function devnetWalletListEntry(bridge: BridgeServer, wallet: DevnetWallet): unknown {
  return {
    app_name: 'silkworm-devnet-wallet',
    name: 'Silkworm devnet wallet',
    image: `${bridge.origin}/icon.png`,
    about_url: bridge.origin,
    universal_url: wallet.universalLink,
    bridge: [{ type: 'sse', url: bridge.bridgeUrl }],
    platforms: ['linux', 'windows', 'macos'],
  };
}
