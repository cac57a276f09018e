/** The reviews module's public surface: other modules import only from here. */
export { ReviewsModule } from './reviews.module.js';
export { ReviewsService, type SeedReviewRow } from './reviews.service.js';
