/** The engagement module's public surface: other modules import only from here. */
export { EngagementModule } from './engagement.module.js';
/** Reviews (eligibility, `verified`) and matching (the `peers` reason) read inquiries here. */
export { InquiryReader } from './inquiry-reader.js';
/** The demo data loader's inquiries (behind seeded reviews, and live leads) and views. */
export { InquirySeeder, type SeedInquiryRow, type SeedViewRow } from './inquiry-seeder.js';
/** For foreign keys only. */
export { InquiryEntity } from './entities/inquiry.entity.js';
