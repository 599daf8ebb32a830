/**
 * 补正提交: what the agent brings back for the township's 一次性告知 — the lines of the notice with the
 * material each concerns, the photos taken for them, and the `resubmit` payload. Pure.
 */
import type { ActionPayload, CaseHead, ReceivedMaterial } from '../../domain/case/case-types';

type SnapshotMaterial = CaseHead['item']['materials'][number];
export type ReceivedForm = ReceivedMaterial['form'];

export interface CorrectionLine {
  /** Index in the notice (stable key). */
  index: number;
  /** The material the notice names, or null for 「其他」 (the agent picks the material the photos belong to). */
  materialId: string | null;
  materialName: string | null;
  problem: 'missing' | 'defective';
  note: string;
}

/** The lines of the open 一次性告知, or [] when the case is not waiting for 补正. */
export function correctionLinesOf(head: CaseHead): CorrectionLine[] {
  if (head.status !== 'correction' || head.correctionNotice === null) return [];
  return head.correctionNotice.items.map((item, index) => ({
    index,
    materialId: item.materialId,
    materialName:
      item.materialId === null
        ? null
        : (head.item.materials.find((m) => m.id === item.materialId)?.name ?? item.materialId),
    problem: item.problem,
    note: item.note,
  }));
}

/** The forms a material may be supplied in (纸质 → 原件/复印件, 电子 → 电子, both → all three). */
export function formsOf(material: Pick<SnapshotMaterial, 'form'>): ReceivedForm[] {
  if (material.form === '纸质') return ['原件', '复印件'];
  if (material.form === '电子') return ['电子'];
  return ['原件', '复印件', '电子'];
}

/** 原件 when originals are asked for, else 复印件, else 电子. */
export function defaultFormOf(
  material: Pick<SnapshotMaterial, 'form' | 'originals' | 'copies'>,
): ReceivedForm {
  const forms = formsOf(material);
  if (material.originals > 0 && forms.includes('原件')) return '原件';
  if (material.copies > 0 && forms.includes('复印件')) return '复印件';
  return forms[0] ?? '电子';
}

/** What the agent prepared for one line: the material (chosen for 「其他」), its form and the photos. */
export interface SuppliedLine {
  materialId: string | null;
  form: ReceivedForm | null;
  files: string[];
}

export type ResubmitProblem =
  /** A line that names a material has no photo yet. */
  | { code: 'line_without_photo'; index: number }
  /** A 「其他」 line with photos but no material chosen. */
  | { code: 'line_without_material'; index: number }
  /** Not one photo at all (the payload needs at least one material). */
  | { code: 'nothing_supplied' };

/** The first reason the 补正 cannot be sent yet, or null. Every named material needs a photo. */
export function resubmitProblemOf(
  lines: readonly CorrectionLine[],
  supplied: Readonly<Record<number, SuppliedLine>>,
): ResubmitProblem | null {
  for (const line of lines) {
    const entry = supplied[line.index];
    if (line.materialId !== null && (entry?.files.length ?? 0) === 0)
      return { code: 'line_without_photo', index: line.index };
    if (line.materialId === null && entry && entry.files.length > 0 && entry.materialId === null)
      return { code: 'line_without_material', index: line.index };
  }
  const hasAny = lines.some((line) => (supplied[line.index]?.files.length ?? 0) > 0);
  return hasAny ? null : { code: 'nothing_supplied' };
}

/**
 * The `resubmit` payload: one entry per material (photos of two lines naming the same material are put
 * together, in line order), each in the form chosen or the material's default.
 */
export function resubmitPayloadOf(
  head: CaseHead,
  lines: readonly CorrectionLine[],
  supplied: Readonly<Record<number, SuppliedLine>>,
  note: string,
): ActionPayload<'resubmit'> {
  const byMaterial = new Map<string, ReceivedMaterial>();
  for (const line of lines) {
    const entry = supplied[line.index];
    const materialId = line.materialId ?? entry?.materialId ?? null;
    if (!entry || entry.files.length === 0 || materialId === null) continue;
    const material = head.item.materials.find((m) => m.id === materialId);
    const form = entry.form ?? (material ? defaultFormOf(material) : ('原件' satisfies ReceivedForm));
    const current = byMaterial.get(materialId);
    byMaterial.set(materialId, {
      materialId,
      form: current?.form ?? form,
      files: [...(current?.files ?? []), ...entry.files.filter((f) => !current?.files.includes(f))],
    });
  }
  return { materials: [...byMaterial.values()], note: note.trim() };
}

/** The hashes of every photo in the payload (queued for upload with the action). */
export function resubmitFilesOf(payload: ActionPayload<'resubmit'>): string[] {
  return [...new Set(payload.materials.flatMap((m) => m.files))];
}

/**
 * Puts photos taken earlier for this 补正 (still on the device, not sent) back on their lines after a
 * reload: a photo goes to the first line naming its material, else to a 「其他」 line (which then names
 * that material). Photos of materials no line can take are left out.
 */
export function recoverSupplied(
  lines: readonly CorrectionLine[],
  unsent: readonly { hash: string; kind: string; materialId: string }[],
): Record<number, SuppliedLine> {
  const supplied: Record<number, SuppliedLine> = {};
  for (const file of unsent) {
    if (file.kind !== 'material' || file.materialId === '') continue;
    const named = lines.find((line) => line.materialId === file.materialId);
    const other =
      named ??
      lines.find(
        (line) =>
          line.materialId === null &&
          (supplied[line.index] === undefined || supplied[line.index]?.materialId === file.materialId),
      );
    if (!other) continue;
    const current = supplied[other.index] ?? {
      materialId: other.materialId ?? file.materialId,
      form: null,
      files: [],
    };
    if (!current.files.includes(file.hash))
      supplied[other.index] = { ...current, files: [...current.files, file.hash] };
  }
  return supplied;
}
