import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { SeekerService, type MeetingAgenda } from './seeker.service.js';

export function seekerLoaders(dataSource: DataSource) {
  const seekers = new SeekerService(dataSource);
  return {
    /**
     * A seeker's agenda at an instant: keys "seekerId|nowISO". Today's and the
     * upcoming meetings of the dashboard come from one load, so asking for
     * both costs the statements of one.
     */
    meetingAgenda: new DataLoader<string, MeetingAgenda>((keys) =>
      Promise.all(
        keys.map((key) => {
          const at = key.indexOf('|');
          return seekers.agenda(key.slice(0, at), new Date(key.slice(at + 1)));
        }),
      ),
    ),
  };
}
