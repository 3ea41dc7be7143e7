import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { localName, type XmlElement } from './xml-element.js';

/** One declaration document found in an XML stream. */
export interface XmlDeclarationUnit {
  declaration: XmlElement;
  /** `WCOTypeName` and the like, from an enclosing `MetaData`. */
  metadata: Record<string, string>;
  /** Character span of the unit (the enclosing `MetaData`, else the `Declaration`) in the stream. */
  start: number;
  end: number;
  startLine: number;
  endLine: number;
}

export interface XmlReadError {
  message: string;
  line: number;
  column: number;
}

interface Open {
  name: string;
  start: number;
  line: number;
}

interface MetaFrame {
  start: number;
  line: number;
  metadata: Record<string, string>;
}

interface Captured {
  declaration: XmlElement;
  meta?: MetaFrame;
  start: number;
  line: number;
}

/** Elements inside which a `Declaration` is a reference, not a declaration (notifications). */
const NOT_DECLARATION_PARENTS = new Set(['Response', 'Declaration']);

export interface XmlDocumentReaderOptions {
  /**
   * Which elements (by local name) are read as units; default `Declaration`. Other message
   * families (WCO `Response`, EU `CC315A`, NCTS `CC015C`) reuse the reader with their own root.
   */
  isUnit?: (localName: string) => boolean;
}

const isDeclaration = (name: string): boolean => name === 'Declaration';

/**
 * Streams XML through saxes (well-formedness, line and column) and builds an element tree only
 * for each `Declaration`, so a batch file of many declarations is read one document at a time.
 * Namespaces are ignored: elements are matched by local name, as notifications without namespace
 * show is needed.
 */
export class XmlDocumentReader {
  private readonly parser = new SaxesParser<{ xmlns: false; position: true }>({ xmlns: false, position: true });
  private readonly open: Open[] = [];
  private readonly metaStack: MetaFrame[] = [];
  private tree: XmlElement[] = [];
  private captured: Captured | undefined;
  private lastTagStart = 0;
  private metaField: string | undefined;
  private metaText = '';
  root: { name: string; namespace?: string } | undefined;
  error: XmlReadError | undefined;
  declarationsSeen = 0;
  /** A WCO `Response` (notification) was seen. */
  sawResponse = false;

  /** Stream index where the unit being read began (its text must be kept for the raw unit). */
  get openUnitStart(): number | undefined {
    return this.captured?.start ?? this.metaStack[0]?.start;
  }

  private readonly isUnit: (localName: string) => boolean;
  /** The `encoding` of the XML declaration, when there is one. */
  declaredEncoding: string | undefined;

  constructor(
    private readonly onUnit: (unit: XmlDeclarationUnit) => void,
    options: XmlDocumentReaderOptions = {},
  ) {
    this.isUnit = options.isUnit ?? isDeclaration;
    this.parser.on('opentagstart', (tag) => {
      // saxes fires after the name and the character that ended it.
      this.lastTagStart = this.parser.position - tag.name.length - 2;
    });
    this.parser.on('xmldecl', (decl) => {
      this.declaredEncoding = decl.encoding;
    });
    this.parser.on('opentag', (tag) => this.onOpen(tag));
    this.parser.on('closetag', (tag) => this.onClose(tag));
    this.parser.on('text', (text) => this.onText(text));
    this.parser.on('cdata', (text) => this.onText(text));
    this.parser.on('error', (error) => {
      this.error ??= {
        message: plainSaxesMessage(error.message),
        line: this.parser.line,
        column: this.parser.column + 1,
      };
    });
  }

  write(text: string): void {
    if (this.error === undefined) this.parser.write(text);
  }

  close(): void {
    if (this.error === undefined) this.parser.close();
  }

  private onOpen(tag: SaxesTagPlain): void {
    const name = localName(tag.name);
    const start = this.lastTagStart;
    const line = this.parser.line;
    if (this.root === undefined) this.root = { name, namespace: tag.attributes.xmlns ?? namespaceOf(tag) };
    if (name === 'Response') this.sawResponse = true;
    const startsDeclaration =
      this.isUnit(name) && this.captured === undefined && !this.open.some((o) => NOT_DECLARATION_PARENTS.has(o.name));
    this.open.push({ name, start, line });
    if (this.tree.length > 0 || startsDeclaration) {
      this.openElement(tag, name, line);
      if (this.tree.length === 1) {
        const meta = this.metaStack[this.metaStack.length - 1];
        this.captured = { declaration: this.tree[0]!, meta, start: meta?.start ?? start, line: meta?.line ?? line };
      }
      return;
    }
    if (name === 'MetaData') this.metaStack.push({ start, line, metadata: {} });
    else if (
      this.metaStack.length > 0 &&
      this.open.length >= 2 &&
      this.open[this.open.length - 2]!.name === 'MetaData'
    ) {
      this.metaField = name;
      this.metaText = '';
    }
  }

  private openElement(tag: SaxesTagPlain, name: string, line: number): void {
    const attributes: Record<string, string> = {};
    for (const [key, value] of Object.entries(tag.attributes)) {
      if (key !== 'xmlns' && !key.startsWith('xmlns:')) attributes[localName(key)] = value;
    }
    const parent = this.tree[this.tree.length - 1];
    const element: XmlElement = {
      name,
      attributes,
      children: [],
      text: '',
      line,
      column: this.parser.column,
      parent,
      used: false,
    };
    parent?.children.push(element);
    this.tree.push(element);
  }

  private onText(text: string): void {
    const current = this.tree[this.tree.length - 1];
    if (current !== undefined) current.text += text;
    else if (this.metaField !== undefined) this.metaText += text;
  }

  private onClose(tag: SaxesTagPlain): void {
    this.open.pop();
    const name = localName(tag.name);
    if (this.tree.length > 0) {
      const element = this.tree.pop()!;
      element.text = element.text.trim();
      if (this.tree.length === 0 && this.captured !== undefined && this.captured.meta === undefined) {
        this.emit(this.captured.declaration);
      }
      return;
    }
    if (this.metaField === name) {
      const meta = this.metaStack[this.metaStack.length - 1];
      if (meta) meta.metadata[name] = this.metaText.trim();
      this.metaField = undefined;
    } else if (name === 'MetaData') {
      this.metaStack.pop();
      if (this.captured !== undefined) this.emit(this.captured.declaration);
    }
  }

  private emit(declaration: XmlElement): void {
    const captured = this.captured!;
    this.captured = undefined;
    this.declarationsSeen++;
    this.onUnit({
      declaration,
      metadata: captured.meta?.metadata ?? {},
      start: captured.start,
      end: this.parser.position,
      startLine: captured.line,
      endLine: this.parser.line,
    });
  }
}

function namespaceOf(tag: SaxesTagPlain): string | undefined {
  const prefix = tag.name.includes(':') ? tag.name.slice(0, tag.name.indexOf(':')) : undefined;
  return prefix === undefined ? undefined : tag.attributes[`xmlns:${prefix}`];
}

/** saxes says `line:column: message`; the position is reported apart, and the commonest cases in plain words. */
function plainSaxesMessage(message: string): string {
  const plain = message.replace(/^(?:[^:]*:)?\d+:\d+: /, '');
  const unclosed = /^unclosed tag: (.+)$/.exec(plain);
  if (unclosed) return `<${unclosed[1]}> is never closed: expected </${unclosed[1]}> (is the file cut short?)`;
  return plain;
}
