import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CoachCommentEntity } from '../src/coach-comment/coach-comment.entity.js';
import { ExpertQuestionEntity } from '../src/expert-question/expert-question.entity.js';
import { HiringAlertEntity } from '../src/hiring-alert/hiring-alert.entity.js';
import { seedDemoData } from '../src/seed/demo-data.js';
import { Client, createTestApp, type TestApp } from './support/test-app.js';

describe('demo data for the agency side', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
    await seedDemoData(app.dataSource, new Date());
  });
  afterAll(async () => app.close());

  it('shows an alert naming the person, an answered and an open question, and coach comments', async () => {
    const alerts = await app.dataSource.getRepository(HiringAlertEntity).find();
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.message).toMatch(/^Copperline Software is hiring now\. You met Sam Rivera/);
    const questions = await app.dataSource.getRepository(ExpertQuestionEntity).find();
    expect(questions.map((q) => q.status).sort()).toEqual(['ANSWERED', 'OPEN']);
    expect(await app.dataSource.getRepository(CoachCommentEntity).count()).toBeGreaterThan(0);

    const jordan = new Client(app);
    await jordan.signIn('jordan@rapport.test', 'rapport-demo-2026');
    const dashboard = await jordan.gql<{
      seekerDashboard: { hiringAlerts: { contact: { fullName: string } }[] };
    }>('{ seekerDashboard { hiringAlerts { contact { fullName } } upcomingMeetings { id } } }');
    expect(dashboard.errors).toBeUndefined();
    expect(dashboard.data!.seekerDashboard.hiringAlerts).toEqual([
      { contact: { fullName: 'Sam Rivera' } },
    ]);
  });
});
