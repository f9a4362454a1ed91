// Loads the map outline shipped in public/data/ the first time the Places tab asks for it.
import { browser } from 'wxt/browser';
import { feature, mesh } from 'topojson-client';
import type { MapOutline, StateLines } from '../lib/contracts';

const FILE = 'map-outline-v1.json';
let cached: Promise<MapOutline | null> | null = null;

async function load(): Promise<MapOutline | null> {
  try {
    const url = (browser.runtime.getURL as (path: string) => string)(`/data/${FILE}`);
    const response = await fetch(url);
    if (!response.ok) return null;
    const { topology } = await response.json();
    return feature(topology, topology.objects.countries) as unknown as MapOutline;
  } catch (error) {
    console.warn('News Lens: the map outline could not be loaded', error);
    return null;
  }
}

export function loadMapOutline(): Promise<MapOutline | null> {
  cached ??= load();
  return cached;
}

const STATES_FILE = 'us-states-v1.json';
let states: Promise<StateLines | null> | null = null;

/** The borders between US states (shared edges only, so the coast is not drawn twice); fetched on first need. */
async function loadStates(): Promise<StateLines | null> {
  try {
    const url = (browser.runtime.getURL as (path: string) => string)(`/data/${STATES_FILE}`);
    const response = await fetch(url);
    if (!response.ok) return null;
    const { topology } = await response.json();
    return mesh(topology, topology.objects.states, (a, b) => a !== b) as unknown as StateLines;
  } catch (error) {
    console.warn('News Lens: the US state lines could not be loaded', error);
    return null;
  }
}

export function loadStateLines(): Promise<StateLines | null> {
  states ??= loadStates();
  return states;
}
