// English strings. Every visible string of the dashboard is here and in ru.ts (same keys).
export const en = {
  app: { title: 'Silkworm', tagline: 'Your idle GPU, earning TON', offline: 'Reconnecting to Silkworm…' },
  nav: { home: 'Home', settings: 'Settings' },
  status: {
    stopped: 'Stopped',
    starting: 'Starting',
    serving: 'Serving',
    paused: 'Paused',
    error: 'Error',
  },
  worker: {
    stopped: 'Not serving',
    starting: 'Starting the engine…',
    serving: 'Serving requests',
    pausedByYou: 'Paused by you until you resume',
    pausedByYouUntil: 'Paused until {{until}} by you',
    error: 'Could not start: {{message}}',
  },
  availability: { always: 'Always available' },
  actions: { pause: 'Pause', pause1h: 'Pause 1 h', resume: 'Resume', start: 'Start' },
  home: {
    status: 'Status',
    since: 'since {{time}}',
    activeRequests: 'Active requests',
    tokensPerSecond: 'Tokens/s',
    earnedToday: 'Earned today',
    earnedTotal: 'Earned in total',
    requests: 'Requests served',
    hardware: 'Hardware',
    cpu: 'CPU',
    ram: 'Memory',
    gpu: 'GPU',
    noGpu: 'No GPU detected — serving on the CPU',
    detecting: 'Detecting hardware…',
    network: 'Network',
    devnet: 'Embedded devnet (a local, simulated network)',
    remote: 'Cocoon proxies',
  },
  settings: { language: 'Language', languageAuto: 'Follow the system', startAtLogin: 'Start at login', autoStart: 'Start serving when the app starts', saved: 'Saved' },
  units: { ton: 'TON', gb: '{{value}} GB' },
} as const;

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
export type Strings = Shape<typeof en>;
