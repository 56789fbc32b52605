import { defineConcept } from '../concept.js';
import { Preparation1771000003000 } from './migrations/1771000003000-preparation.js';
import {
  BankQuestionEntity,
  ChecklistTickEntity,
  MeetingQuestionEntity,
} from './preparation.entity.js';
import { preparationLoaders } from './preparation.loaders.js';
import {
  MeetingPreparationResolver,
  MeetingQuestionResolver,
  QuestionBankResolver,
} from './preparation.resolver.js';
import { PreparationService } from './preparation.service.js';

export const preparationConcept = defineConcept({
  name: 'preparation',
  entities: [BankQuestionEntity, MeetingQuestionEntity, ChecklistTickEntity],
  resolvers: [QuestionBankResolver, MeetingQuestionResolver, MeetingPreparationResolver],
  migrations: [Preparation1771000003000],
  services: ({ dataSource }) => ({ preparation: new PreparationService(dataSource) }),
  loaders: preparationLoaders,
});
