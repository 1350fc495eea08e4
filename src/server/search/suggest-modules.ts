import { getSearchPort, type SearchPort } from "./search-port";
import { type TSuggestion, type TSuggestRequest, ZSuggestRequestSchema } from "./search.schemas";

/** Search as you type: the names of the best few published modules for what has been typed so far. */
export async function suggestModules(request: TSuggestRequest, port: SearchPort = getSearchPort()): Promise<TSuggestion[]> {
  return port.suggest(ZSuggestRequestSchema.parse(request));
}
