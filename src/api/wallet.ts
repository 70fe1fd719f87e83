// One-click wallet linking (TON Connect): the offer the dashboard shows as a QR code and buttons.
import { z } from 'zod';

export const linkOfferSchema = z.object({
  universalLink: z.string(),
  /** The QR code of the universal link as an SVG data URL. */
  qrDataUrl: z.string(),
  wallets: z.array(z.object({ appName: z.string(), name: z.string(), link: z.string() })),
  expiresAt: z.number(),
});
export type LinkOfferView = z.infer<typeof linkOfferSchema>;
