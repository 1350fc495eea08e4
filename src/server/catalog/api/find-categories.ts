import { z } from "zod";
import { publicProcedure } from "~/server/trpc";
import { ZCategorySchema } from "../catalog.schemas";
import { findCategories } from "../find-categories";

export const findCategoriesRoute = publicProcedure.output(z.array(ZCategorySchema)).query(() => findCategories());
