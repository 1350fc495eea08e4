// Guards: every paged list answers the same shape with correct page maths.
import { describe, expect, it } from "vitest";
import { pageArgs, paged, ZPaginationSchema } from "./pagination";

describe("pagination", () => {
  it("defaults and bounds its input", () => {
    expect(ZPaginationSchema.parse({})).toEqual({ page: 1, perPage: 24 });
    expect(ZPaginationSchema.parse({ page: "3", perPage: "10" })).toEqual({ page: 3, perPage: 10 });
    expect(ZPaginationSchema.safeParse({ perPage: 101 }).success).toBe(false);
    expect(ZPaginationSchema.safeParse({ page: 0 }).success).toBe(false);
  });

  it("turns a page into skip/take and counts pages", () => {
    expect(pageArgs({ page: 3, perPage: 10 })).toEqual({ skip: 20, take: 10 });
    expect(paged(["a"], 21, { page: 3, perPage: 10 })).toEqual({ data: ["a"], count: 21, currentPage: 3, perPage: 10, totalPages: 3 });
    expect(paged([], 0, { page: 1, perPage: 10 }).totalPages).toBe(1);
  });
});
