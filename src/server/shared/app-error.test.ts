// Guards: one error shape; people see userMessage, logs see message; unique violations become CONFLICT.
import { describe, expect, it } from "vitest";
import { requireModerator, requirePlatformAdmin, requireUser } from "./actor";
import { AppError, mapPrismaError } from "./app-error";

describe("AppError", () => {
  it("keeps the log message apart from the message for people", () => {
    const e = new AppError("NOT_FOUND", { message: "tenant t1 missing for user u1", userMessage: "Not here." });
    expect(e.message).toBe("tenant t1 missing for user u1");
    expect(e.userMessage).toBe("Not here.");
    expect(e.status).toBe(404);
    expect(new AppError("FORBIDDEN").userMessage).toBe("You don't have permission to do that.");
  });

  it("maps a unique-constraint violation to CONFLICT and leaves other errors alone", () => {
    const mapped = mapPrismaError(Object.assign(new Error("dup"), { code: "P2002" }), "That slug is taken.");
    expect(mapped).toBeInstanceOf(AppError);
    expect((mapped as AppError).code).toBe("CONFLICT");
    expect((mapped as AppError).userMessage).toBe("That slug is taken.");
    const other = new Error("boom");
    expect(mapPrismaError(other)).toBe(other);
  });

  it("checks platform roles", () => {
    const user = { userId: "u", platformRole: "USER" as const };
    const mod = { userId: "m", platformRole: "MODERATOR" as const };
    const admin = { userId: "a", platformRole: "ADMIN" as const };
    expect(() => requireUser(null)).toThrow(expect.objectContaining({ code: "UNAUTHORIZED" }));
    expect(() => requireModerator(user)).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
    expect(requireModerator(mod)).toBe(mod);
    expect(requireModerator(admin)).toBe(admin);
    expect(() => requirePlatformAdmin(mod)).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
  });
});
