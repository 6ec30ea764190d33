/**
 * The contract's channel and event names on their own, free of schemas, so the sandboxed preload
 * can check names without bundling zod. contract.ts fails to compile unless its `channels` and
 * `events` have exactly these keys.
 */
export const CHANNEL_NAMES = [
  'app:info',
  'app:setLanguage',
  'reports:import',
  'reports:cancel',
  'export:saveCsv',
  'journal:append',
  'journal:status',
  'journal:read',
  'journal:original',
  'journal:keepOriginal',
  'trail:export',
  'trail:signingKey',
  'archive:export',
  'archive:import',
] as const;
export const EVENT_NAMES = ['reports:progress', 'menu:command'] as const;

export type Channel = (typeof CHANNEL_NAMES)[number];
export type EventName = (typeof EVENT_NAMES)[number];

export const isChannel = (name: unknown): name is Channel =>
  typeof name === 'string' && (CHANNEL_NAMES as readonly string[]).includes(name);
export const isEventName = (name: unknown): name is EventName =>
  typeof name === 'string' && (EVENT_NAMES as readonly string[]).includes(name);

/** The global name the API is exposed under, shared by preload, shell bridge and renderer. */
export const API_GLOBAL = 'tickmark';
