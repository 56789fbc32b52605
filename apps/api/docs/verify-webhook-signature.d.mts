export function verifyRapportWebhook(
  rawBody: string | Buffer,
  signatureHeader: string | undefined,
  secret: string,
  options?: { toleranceSeconds?: number; now?: number },
): { id: string; type: string; createdAt: string; data: Record<string, unknown> };
