import ReactMarkdown, { type Components } from "react-markdown";
import rehypeSanitize from "rehype-sanitize";
import remarkGfm from "remark-gfm";
import { cn } from "~/components/ui/cn";

/*
 * Author-written markdown. Raw HTML is never parsed (no rehype-raw), and rehype-sanitize's default
 * (GitHub) schema strips scripts, event handlers, javascript: URLs and anything else unsafe.
 * Headings are shifted down one level: the page owns the only h1.
 */
const COMPONENTS: Components = {
  h1: ({ node: _node, ...props }) => <h2 {...props} />,
  h2: ({ node: _node, ...props }) => <h3 {...props} />,
  h3: ({ node: _node, ...props }) => <h4 {...props} />,
  h4: ({ node: _node, ...props }) => <h5 {...props} />,
  h5: ({ node: _node, ...props }) => <h6 {...props} />,
  a: ({ node: _node, ...props }) => <a {...props} rel="nofollow ugc noopener noreferrer" />,
  img: ({ node: _node, alt, ...props }) => <img {...props} alt={alt ?? ""} loading="lazy" decoding="async" />,
  table: ({ node: _node, ...props }) => (
    <div className="relative overflow-x-auto">
      <table {...props} />
    </div>
  ),
};

export function Markdown({ children, size = "md", className }: { children: string; size?: "sm" | "md"; className?: string }) {
  return (
    <div className={cn("prose-adx break-words", size === "sm" && "prose-adx-sm", className)}>
      <ReactMarkdown remarkPlugins={[remarkGfm]} rehypePlugins={[rehypeSanitize]} components={COMPONENTS}>
        {children}
      </ReactMarkdown>
    </div>
  );
}
