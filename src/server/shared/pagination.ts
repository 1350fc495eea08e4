import { z } from "zod";

export const ZPaginationSchema = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  perPage: z.coerce.number().int().min(1).max(100).default(24),
});
export type TPagination = z.infer<typeof ZPaginationSchema>;

export type Paged<T> = { data: T[]; count: number; currentPage: number; perPage: number; totalPages: number };

export const pageArgs = ({ page, perPage }: TPagination) => ({ skip: (page - 1) * perPage, take: perPage });

export function paged<T>(data: T[], count: number, { page, perPage }: TPagination): Paged<T> {
  return { data, count, currentPage: page, perPage, totalPages: Math.max(1, Math.ceil(count / perPage)) };
}

export const zPaged = <T extends z.ZodType>(item: T) =>
  z.object({
    data: z.array(item),
    count: z.number().int(),
    currentPage: z.number().int(),
    perPage: z.number().int(),
    totalPages: z.number().int(),
  });
