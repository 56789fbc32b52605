import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { ThankYouCardEntity } from './thank-you-card.entity.js';
import { cardsOfMeetings } from './thank-you.service.js';

export function thankYouLoaders(dataSource: DataSource) {
  return {
    /** Each meeting's thank-you note, if it has one. Only for meetings already checked. */
    thankYouCardByMeeting: new DataLoader<string, ThankYouCardEntity | null>((ids) =>
      cardsOfMeetings(dataSource, ids),
    ),
  };
}
