import { PhotoService } from '../PhotoService';
import type { PmoWiring } from '../compose';

/** People's photos from Microsoft Graph. */
export const photosWiring: PmoWiring<'photos'> = {
  photos: s => new PhotoService(s.env.graph)
};
