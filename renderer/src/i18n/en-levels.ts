// English strings of the throttling levels: the levels editor and grid on the Schedule screen, the
// override buttons on Home, the estimate per level on the Benchmark screen (ru-levels.ts mirrors the keys).
export const enLevels = {
  title: 'Levels',
  intro:
    'How hard the GPU works. Paint them over the week below: a quieter level is cooler and quieter, and earns less.',
  name: 'Name',
  maxConcurrency: 'Requests at once',
  vramShare: 'GPU memory (%)',
  dutyCap: 'GPU duty cap (%)',
  pricePct: 'Price (% of your coefficient)',
  powerLimit: 'Power limit (W)',
  powerNone: 'none',
  dutyHelp:
    'The duty cap is the share of time the GPU may compute: the engine waits between tokens to hold it, on every GPU.',
  powerHelp:
    'A power limit is set with nvidia-smi on NVIDIA GPUs and needs administrator rights (root on Linux, an elevated prompt on Windows). Without them it is not applied, and the duty cap still bounds power.',
  vramHelp: 'A level’s GPU memory share applies when the engine is planned: at start-up or a model switch.',
  brush: 'Paint with',
  activeUse: 'While I use the computer (not gaming), serve at',
  activeUseHelp: 'Applies with “only when idle” set; a game still frees the GPU completely.',
  preset: {
    always: 'Full all week',
    nights: 'Nights only',
    office: 'While I’m at work',
    weekends: 'Weekends',
    'quiet-evenings': 'Quiet evenings',
    'full-at-night': 'Full at night',
  },
  hours: '{{level}}: {{count}} h',
  now: 'Level now',
  nowNone: 'Not serving',
  forTwoHours: '{{level}} for 2 h',
  untilTomorrow: '{{level}} until tomorrow',
  followSchedule: 'Follow the schedule',
  chosen: 'Chosen by you',
  estimate: {
    title: 'What each level earns',
    help: 'A whole day at each level, from your benchmark: the duty cap limits speed, the price share what each token pays.',
    level: 'Level',
    speed: 'Tokens/s',
    perDay: 'Per day',
    watts: 'GPU W',
    none: 'Run the benchmark to see what each level earns.',
  },
};
