export { PmoHome } from './PmoHome';
export type { IPmoHomeProps } from './IPmoHomeProps';
export { HOME_TILES, isTileAvailable, visibleTiles } from './tiles';
