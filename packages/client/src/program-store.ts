import { ITEM_TYPES, programInputFromItems, type Item, type ProgramInput } from '@amends/core';
import type { Vault } from './vault.js';

const PROGRAM_TYPES = Object.values(ITEM_TYPES);

/** Every decrypted item the program's rules read, for the web app and the CLI alike. */
export async function loadProgramItems(vault: Vault): Promise<Item[]> {
  const lists = await Promise.all(PROGRAM_TYPES.map((type) => vault.list(type)));
  return lists.flat();
}

/** The rules' input, read from the vault. */
export async function loadProgramInput(vault: Vault): Promise<ProgramInput> {
  return programInputFromItems(await loadProgramItems(vault));
}
