import type { FormConfig } from '../../lib/forms';

export type FieldKey = keyof FormConfig['fields'];

/** One field of a sign-up or demo-request form. */
export interface FieldSpec {
  key: FieldKey;
  label: string;
  type: 'text' | 'email' | 'textarea';
  autocomplete?: 'given-name' | 'family-name' | 'email' | 'organization' | 'organization-title';
}

const firstName: FieldSpec = { key: 'firstName', label: 'First name', type: 'text', autocomplete: 'given-name' };
const lastName: FieldSpec = { key: 'lastName', label: 'Last name', type: 'text', autocomplete: 'family-name' };
const email: FieldSpec = { key: 'email', label: 'Business email', type: 'email', autocomplete: 'email' };
const company: FieldSpec = { key: 'company', label: 'Company', type: 'text', autocomplete: 'organization' };
const jobTitle: FieldSpec = { key: 'jobTitle', label: 'Job title', type: 'text', autocomplete: 'organization-title' };
const interest: FieldSpec = { key: 'interest', label: 'What would you like to see?', type: 'textarea' };

/** The fields of each form, in order. */
export const formFields = {
  newsletter: [firstName, lastName, email, company],
  demo: [firstName, lastName, email, company, jobTitle, interest],
} as const satisfies Record<string, readonly FieldSpec[]>;

/** The thank-you text readers see once a form went through (the publisher's own words). */
export const THANK_YOU = 'Thank you, we received your request, a member of our team will be in contact with you.';
