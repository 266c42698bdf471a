/**
 * The hub's operational log (pino, JSON). It must never carry a CPR number or a query's variables:
 * those paths are redacted, and any string shaped like a CPR number is masked by the serializer.
 */
import pino from 'pino';

const CPR_SHAPE = /\b\d{6}-?\d{4}\b/g;

/** Masks anything shaped like a CPR number in a log message. */
export const maskCpr = (text: string): string => text.replace(CPR_SHAPE, '******-****');

export const logger = pino({
  // The configured level is applied at start (`applyLogLevel`); until then, info.
  level: 'info',
  redact: {
    paths: ['cpr', '*.cpr', 'variables', '*.variables', 'req.headers.authorization', 'headers.authorization', '*.headers["x-hub-caller"]'],
    censor: '[redacted]',
  },
  hooks: {
    logMethod(args, method) {
      const masked = args.map((arg) => (typeof arg === 'string' ? maskCpr(arg) : arg)) as typeof args;
      method.apply(this, masked);
    },
  },
  serializers: {
    err: (err: Error) => ({ type: err?.name, message: maskCpr(String(err?.message ?? '')), stack: err?.stack && maskCpr(err.stack) }),
  },
});

/** Applies the configured level (config.logLevel), read once at start. */
export function applyLogLevel(level: string): void {
  logger.level = level;
}
