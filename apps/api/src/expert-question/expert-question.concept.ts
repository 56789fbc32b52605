import { defineConcept } from '../concept.js';
import { ExpertQuestionEntity } from './expert-question.entity.js';
import {
  ExpertQuestionResolver,
  SeekerExpertQuestionsResolver,
} from './expert-question.resolver.js';
import { ExpertQuestionService } from './expert-question.service.js';
import { ExpertQuestions1771000004200 } from './migrations/1771000004200-expert-questions.js';

/** Ask the experts: seekers' questions, the staff inbox and its unanswered count. */
export const expertQuestionConcept = defineConcept({
  name: 'expert-question',
  entities: [ExpertQuestionEntity],
  resolvers: [ExpertQuestionResolver, SeekerExpertQuestionsResolver],
  migrations: [ExpertQuestions1771000004200],
  services: ({ dataSource }) => ({ expertQuestions: new ExpertQuestionService(dataSource) }),
});
