import type { HiringStatus } from '@rapport/domain';
import { askAdvice } from '@rapport/domain';

/**
 * The short scripts for the ask, built on the domain's advice: ask for a
 * brief 15–20 minute informational meeting, in their office if they are
 * willing, and when the company is not hiring (or nobody knows) say
 * plainly that it is not a job request.
 */
export function askScript(input: {
  contactName: string;
  seekerName: string | null;
  company: { name: string; hiringStatus: HiringStatus } | null;
}): { phone: string; email: string; companyHiring: boolean } {
  const advice = askAdvice(input.company);
  const first = input.contactName.split(/\s+/)[0] ?? input.contactName;
  const me = input.seekerName ?? '[your name]';
  const where = input.company ? ` at ${input.company.name}` : '';
  const companyHiring = input.company?.hiringStatus === 'HIRING';
  const notAJobRequest =
    input.company?.hiringStatus === 'NOT_HIRING'
      ? `I know ${input.company.name} is not hiring right now, and this is not a job request: I would simply like to learn from your experience.`
      : 'This is not a job request: I would simply like to learn from your experience.';
  const purpose = advice.suggestInformationalMeeting
    ? notAJobRequest
    : `I know ${input.company!.name} is hiring; before anything else I would like to understand how your team works.`;
  const meeting =
    'Would you be willing to meet for a brief informational meeting of 15 to 20 minutes, in your office if that suits you? I will keep to the time.';
  const phone = `Hello ${first}, my name is ${me}. I am exploring my next step and would value your perspective on your work${where}. ${purpose} ${meeting}`;
  const email = [
    'Subject: A brief informational meeting?',
    '',
    `Dear ${input.contactName},`,
    '',
    `My name is ${me}. I am exploring my next step and would value your perspective on your work${where}. ${purpose}`,
    '',
    `${meeting} Any day that works for you is fine with me.`,
    '',
    'Thank you for considering it,',
    me,
  ].join('\n');
  return { phone, email, companyHiring };
}
