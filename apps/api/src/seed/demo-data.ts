import { randomUUID } from 'node:crypto';
import { type HiringStatus, syntheticNetwork } from '@rapport/domain';
import type { DataSource } from 'typeorm';
import { hashPassword } from '../auth/password.js';
import { CompanyEntity } from '../company/company.entity.js';
import { ContactEntity } from '../contact/contact.entity.js';
import { ConnectionEntity } from '../network/connection.entity.js';
import { loadSyntheticNetwork } from '../network/synthetic-load.js';
import { UserEntity } from '../user/user.entity.js';

/**
 * Local demo accounts. They exist only when the database was empty at start
 * and SEED_DEMO_DATA is on; a real deployment turns seeding off and creates
 * its first admin with the CLI.
 */
export const DEMO_PASSWORD = 'rapport-demo-2026';
export const DEMO_ACCOUNTS = [
  { email: 'admin@rapport.test', name: 'Avery Admin', role: 'ADMIN' },
  { email: 'staff@rapport.test', name: 'Sam Staff', role: 'STAFF' },
  { email: 'jordan@rapport.test', name: 'Jordan Seeker', role: 'SEEKER' },
  { email: 'riley@rapport.test', name: 'Riley Seeker', role: 'SEEKER' },
] as const;

const COMPANIES: {
  name: string;
  website: string;
  industry: string;
  officeAddress: string;
  hiringStatus: HiringStatus;
  contacts: { fullName: string; title: string; email: string; phone: string; tags: string[] }[];
}[] = [
  {
    name: 'Northwind Logistics',
    website: 'https://northwind.example',
    industry: 'Logistics',
    officeAddress: '120 Harbor Way, Oakland, CA 94607',
    hiringStatus: 'HIRING',
    contacts: [
      {
        fullName: 'Dana Whitfield',
        title: 'Operations Manager',
        email: 'dana@northwind.example',
        phone: '+1 510 555 0140',
        tags: ['operations'],
      },
      {
        fullName: 'Marcus Lee',
        title: 'Warehouse Director',
        email: 'marcus@northwind.example',
        phone: '+1 510 555 0141',
        tags: ['warehouse'],
      },
    ],
  },
  {
    name: 'Bluebird Health',
    website: 'https://bluebird-health.example',
    industry: 'Healthcare',
    officeAddress: '55 Elm Street, Boston, MA 02108',
    hiringStatus: 'NOT_HIRING',
    contacts: [
      {
        fullName: 'Priya Raman',
        title: 'Clinical Services Lead',
        email: 'priya@bluebird-health.example',
        phone: '+1 617 555 0199',
        tags: ['clinical'],
      },
    ],
  },
  {
    name: 'Copperline Software',
    website: 'https://copperline.example',
    industry: 'Software',
    officeAddress: '900 Pine Avenue, Seattle, WA 98101',
    hiringStatus: 'UNKNOWN',
    contacts: [
      {
        fullName: 'Elena Ortiz',
        title: 'Engineering Manager',
        email: 'elena@copperline.example',
        phone: '+1 206 555 0112',
        tags: ['engineering'],
      },
      {
        fullName: 'Tom Becker',
        title: 'Head of Design',
        email: 'tom@copperline.example',
        phone: '+1 206 555 0113',
        tags: ['design'],
      },
    ],
  },
  {
    name: 'Granite Bay Builders',
    website: 'https://granitebay.example',
    industry: 'Construction',
    officeAddress: '14 Quarry Road, Denver, CO 80202',
    hiringStatus: 'HIRING',
    contacts: [
      {
        fullName: 'Hannah Cole',
        title: 'Project Director',
        email: 'hannah@granitebay.example',
        phone: '+1 303 555 0170',
        tags: ['projects'],
      },
    ],
  },
  {
    name: 'Maple & Finch Accounting',
    website: 'https://maplefinch.example',
    industry: 'Accounting',
    officeAddress: '300 King Street W, Toronto, ON M5V 1J5',
    hiringStatus: 'NOT_HIRING',
    contacts: [
      {
        fullName: 'Owen Park',
        title: 'Audit Partner',
        email: 'owen@maplefinch.example',
        phone: '+1 416 555 0123',
        tags: ['audit'],
      },
    ],
  },
  {
    name: 'Sunrise Hospitality Group',
    website: 'https://sunrise-hospitality.example',
    industry: 'Hospitality',
    officeAddress: '77 Ocean Drive, Miami, FL 33139',
    hiringStatus: 'UNKNOWN',
    contacts: [],
  },
];

/**
 * Fills an empty database with demo data; returns false when it already had
 * accounts. The referral network is a generated one (fixed seed, so every
 * first start looks the same) laid over the demo companies, plus a few
 * links by hand so Jordan has met people, collected a referral and has
 * warm paths into the demo companies.
 */
export async function seedDemoData(dataSource: DataSource, now: Date): Promise<boolean> {
  return dataSource.transaction(async (manager) => {
    if ((await manager.getRepository(UserEntity).count()) > 0) return false;
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const users = DEMO_ACCOUNTS.map((account) => ({ id: randomUUID(), ...account }));
    // Copies: TypeORM writes values it reads back into the objects it inserts,
    // and on SQLite a multi-row insert can hand them the wrong rows' ids.
    await manager
      .getRepository(UserEntity)
      .insert(users.map((user) => ({ ...user, passwordHash })));
    const companyIds: string[] = [];
    const contactIds = new Map<string, string>();
    for (const { contacts, ...company } of COMPANIES) {
      const companyId = randomUUID();
      companyIds.push(companyId);
      await manager.getRepository(CompanyEntity).insert({
        id: companyId,
        ...company,
        nameKey: company.name.toLowerCase(),
        hiringStatusChangedAt: now,
      });
      for (const contact of contacts) {
        const id = randomUUID();
        contactIds.set(contact.fullName, id);
        await manager.getRepository(ContactEntity).insert({
          id,
          companyId,
          ownerId: null,
          ...contact,
          mailingAddress: company.officeAddress,
          notes: null,
          source: 'AGENCY',
          doNotContact: false,
        });
      }
    }
    const jordan = users.find((u) => u.email === 'jordan@rapport.test')!.id;
    const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
    const contact = (name: string) => contactIds.get(name)!;
    const link = (
      kind: 'MET' | 'REFERRED' | 'KNOWS' | 'WORKS_WITH',
      from: { kind: 'SEEKER' | 'CONTACT'; id: string },
      to: string,
      days: number,
    ) => ({
      id: randomUUID(),
      kind,
      fromKind: from.kind,
      fromId: from.id,
      toKind: 'CONTACT' as const,
      toId: to,
      source:
        kind === 'MET'
          ? ('MEETING' as const)
          : kind === 'REFERRED'
            ? ('REFERRAL' as const)
            : ('MANUAL' as const),
      sourceId: kind === 'MET' || kind === 'REFERRED' ? randomUUID() : null,
      ownerSeekerId: kind === 'MET' ? jordan : null,
      collectedBySeekerId: kind === 'MET' || kind === 'REFERRED' ? jordan : null,
      note: null,
      recordedAt: daysAgo(days),
    });
    await manager
      .getRepository(ConnectionEntity)
      .insert([
        link('MET', { kind: 'SEEKER', id: jordan }, contact('Dana Whitfield'), 30),
        link(
          'REFERRED',
          { kind: 'CONTACT', id: contact('Dana Whitfield') },
          contact('Elena Ortiz'),
          30,
        ),
        link('MET', { kind: 'SEEKER', id: jordan }, contact('Elena Ortiz'), 12),
        link(
          'REFERRED',
          { kind: 'CONTACT', id: contact('Elena Ortiz') },
          contact('Tom Becker'),
          12,
        ),
        link(
          'WORKS_WITH',
          { kind: 'CONTACT', id: contact('Dana Whitfield') },
          contact('Marcus Lee'),
          200,
        ),
        link('KNOWS', { kind: 'CONTACT', id: contact('Tom Becker') }, contact('Hannah Cole'), 90),
        link('KNOWS', { kind: 'CONTACT', id: contact('Marcus Lee') }, contact('Priya Raman'), 150),
      ]);
    await loadSyntheticNetwork(
      dataSource,
      syntheticNetwork({
        seed: 20_260_105,
        contacts: 240,
        connections: 900,
        companies: 14,
        seekers: 2,
        from: new Date(now.getTime() - 2 * 365 * 86_400_000),
        to: now,
      }),
      {
        seekerUserIds: users.filter((u) => u.role === 'SEEKER').map((u) => u.id),
        companyIds,
        manager,
      },
    );
    return true;
  });
}
