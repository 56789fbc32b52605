import { SessionEntity } from '../auth/session.entity.js';
import { CompanyEntity } from '../company/company.entity.js';
import { ContactEntity } from '../contact/contact.entity.js';
import { UserEntity } from '../user/user.entity.js';

export const entities = [UserEntity, SessionEntity, CompanyEntity, ContactEntity];
