import { register } from 'node:module';

register('./deny-sdk-hooks.mjs', import.meta.url);
