/** DraftRepository in memory — for unit tests only (the app uses the RxDB one). */
import type { DraftRepository } from './draft-repository';
import { intakeDraftSchema, type IntakeDraft } from './intake-draft';

export class InMemoryDraftRepository implements DraftRepository {
  private readonly drafts = new Map<string, string>();

  async load(id: string): Promise<IntakeDraft | null> {
    const stored = this.drafts.get(id);
    return stored === undefined ? null : intakeDraftSchema.parse(JSON.parse(stored));
  }

  async save(draft: IntakeDraft): Promise<void> {
    // Stored as JSON, like the real store, so a test sees exactly what survives a reload.
    this.drafts.set(draft.id, JSON.stringify(intakeDraftSchema.parse(draft)));
  }

  async list(): Promise<IntakeDraft[]> {
    const all = [...this.drafts.values()].map((json) => intakeDraftSchema.parse(JSON.parse(json)));
    return all.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  async remove(id: string): Promise<void> {
    this.drafts.delete(id);
  }
}
