import { z } from "zod";
import { authedProcedure } from "~/server/trpc";
import { findMyTenants } from "../find-my-tenants";
import { ZMyTenantSchema } from "../tenancy.schemas";

export const findMyTenantsRoute = authedProcedure.output(z.array(ZMyTenantSchema)).query(({ ctx }) => findMyTenants(ctx.actor));
