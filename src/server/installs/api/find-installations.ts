import { z } from "zod";
import { tenantProcedure } from "~/server/trpc";
import { findInstallations } from "../find-installations";
import { ZInstallationSchema } from "../installs.schemas";

export const findInstallationsRoute = tenantProcedure("MEMBER")
  .output(z.array(ZInstallationSchema))
  .query(({ ctx }) => findInstallations(ctx.tenant));
