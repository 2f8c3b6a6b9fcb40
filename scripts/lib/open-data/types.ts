/**
 * The subset of Open Referral HSDS 3.0 (data/hsds/service_with_definitions.json) that the export writes.
 * Optional fields are left out rather than written as null: the schema allows no nulls.
 */
import type { Organization, RegionInfo, Taxonomy } from '../../../src/catalogue/types.ts';

/** What the exports need besides the records; `today` (YYYY-MM-DD) decides active/inactive and defaults to UTC today. */
export interface OpenDataContext {
  regions: RegionInfo[];
  taxonomy: Taxonomy;
  /** data/organizations.json: the providers' general contact, exported with each offer's organization. */
  organizations: Organization[];
  today?: string;
}

/** HSDS organization (required: id, name, description) with the provider's general contact. */
export interface HsdsOrganization {
  id: string;
  name: string;
  description: string;
  email?: string;
  website?: string;
  phones?: HsdsPhone[];
}

/** HSDS phone (required: id, number), of a service or of an organization. */
export interface HsdsPhone {
  id: string;
  service_id?: string;
  organization_id?: string;
  number: string;
  description?: string;
}

/** HSDS address (required: id, address_1, city, state_province, postal_code, country, address_type). */
export interface HsdsAddress {
  id: string;
  location_id: string;
  address_1: string;
  city: string;
  state_province: string;
  postal_code: string;
  country: string;
  address_type: 'physical';
}

/** HSDS location (required: id, location_type). */
export interface HsdsLocation {
  id: string;
  location_type: 'physical';
  name?: string;
  description?: string;
  latitude: number;
  longitude: number;
  addresses: HsdsAddress[];
}

/** HSDS service_at_location with its nested location. */
export interface HsdsServiceAtLocation {
  id: string;
  service_id: string;
  location_id: string;
  location: HsdsLocation;
}

/** HSDS schedule: only the free-text description and notes; the record has no RRULE-level opening hours. */
export interface HsdsSchedule {
  id: string;
  service_id: string;
  description: string;
  notes?: string;
}

/** HSDS service_area. */
export interface HsdsServiceArea {
  id: string;
  service_id: string;
  name: string;
  description: string;
}

/** HSDS language (ISO 639-1 or 639-3 code). */
export interface HsdsLanguage {
  id: string;
  service_id: string;
  name: string;
  code: string;
}

/** HSDS cost_option. */
export interface HsdsCostOption {
  id: string;
  service_id: string;
  option: string;
  amount?: number;
  currency?: string;
}

/** HSDS taxonomy (required: id, name, description): one of the Lotse taxonomies the terms come from. */
export interface HsdsTaxonomy {
  id: string;
  name: string;
  description: string;
}

/**
 * HSDS taxonomy_term (required: id, name, description); `taxonomy` names the Lotse taxonomy, `taxonomy_id` is its
 * id and `taxonomy_detail` the taxonomy itself, so that the reference has a record to point to.
 */
export interface HsdsTaxonomyTerm {
  id: string;
  code: string;
  name: string;
  description: string;
  language: string;
  taxonomy: string;
  taxonomy_id: string;
  taxonomy_detail: HsdsTaxonomy;
}

/** HSDS attribute: a taxonomy term linked to the service, with an optional value. */
export interface HsdsAttribute {
  id: string;
  link_id: string;
  link_entity: 'service';
  link_type: string;
  taxonomy_term_id: string;
  taxonomy_term: HsdsTaxonomyTerm;
  value?: string;
}

/** HSDS 3.0 service with its nested objects (required: id, name, status). */
export interface HsdsService {
  id: string;
  organization_id: string;
  name: string;
  description: string;
  url?: string;
  email?: string;
  status: 'active' | 'inactive';
  interpretation_services?: string;
  fees_description?: string;
  assured_date: string;
  organization: HsdsOrganization;
  phones: HsdsPhone[];
  schedules: HsdsSchedule[];
  service_areas: HsdsServiceArea[];
  service_at_locations: HsdsServiceAtLocation[];
  languages: HsdsLanguage[];
  cost_options: HsdsCostOption[];
  attributes: HsdsAttribute[];
}
