import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { ContactInput } from '../../../gql/graphql';
import {
  ArchiveContactDocument,
  CreateContactDocument,
  MergeContactsDocument,
  RestoreContactDocument,
  SetDoNotContactDocument,
  UpdateContactDocument,
} from '../../../gql/documents/features/contacts/api/contacts';

/**
 * Any change can move a contact in or out of a filtered list (a new tag, an
 * archive, a do-not-contact flag), so the cached lists are dropped and the
 * visible one refetches, rather than guessing where the row belongs.
 */
function forgetContactLists(cache: ApolloCache) {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'contacts' });
  cache.gc();
}

export function useCreateContact() {
  const [mutate] = useMutation(CreateContactDocument);
  return useCallback(
    async (input: ContactInput) => {
      const { data } = await mutate({ variables: { input }, update: forgetContactLists });
      if (!data) throw new Error('Adding the contact returned nothing.');
      return data.createContact;
    },
    [mutate],
  );
}

export function useUpdateContact() {
  const [mutate] = useMutation(UpdateContactDocument);
  return useCallback(
    async (id: string, input: ContactInput) => {
      const { data } = await mutate({ variables: { id, input }, update: forgetContactLists });
      if (!data) throw new Error('Saving the contact returned nothing.');
      return data.updateContact;
    },
    [mutate],
  );
}

export function useArchiveContact() {
  const [archive] = useMutation(ArchiveContactDocument);
  const [restore] = useMutation(RestoreContactDocument);
  return useCallback(
    async (id: string, archived: boolean) => {
      if (archived) {
        const { data } = await archive({ variables: { id }, update: forgetContactLists });
        if (!data) throw new Error('Archiving returned nothing.');
        return data.archiveContact;
      }
      const { data } = await restore({ variables: { id }, update: forgetContactLists });
      if (!data) throw new Error('Restoring returned nothing.');
      return data.restoreContact;
    },
    [archive, restore],
  );
}

export function useSetDoNotContact() {
  const [mutate] = useMutation(SetDoNotContactDocument);
  return useCallback(
    async (id: string, doNotContact: boolean, reason: string | null) => {
      const { data } = await mutate({
        variables: { id, doNotContact, reason },
        update: forgetContactLists,
      });
      if (!data) throw new Error('Changing do-not-contact returned nothing.');
      return data.setDoNotContact;
    },
    [mutate],
  );
}

export function useMergeContacts() {
  const [mutate] = useMutation(MergeContactsDocument);
  return useCallback(
    async (survivorId: string, duplicateId: string) => {
      const { data } = await mutate({
        variables: { survivorId, duplicateId },
        update(cache) {
          forgetContactLists(cache);
          // The survivor's timeline gained the duplicate's asks; the duplicate is archived.
          cache.evict({
            id: cache.identify({ __typename: 'Contact', id: survivorId }),
            fieldName: 'timeline',
          });
          cache.evict({ id: cache.identify({ __typename: 'Contact', id: duplicateId }) });
          cache.gc();
        },
      });
      if (!data) throw new Error('Merging returned nothing.');
      return data.mergeContacts;
    },
    [mutate],
  );
}
