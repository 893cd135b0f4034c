// Rejects syntax and built-ins newer than ES2018 (and a few ES2018 regex
// features we avoid anyway), plus any module import, in generated code that
// must run on Node 10 after bundling.
import ts from 'typescript';

const BANNED_GLOBALS = new Set(['globalThis']);
const BANNED_MEMBERS = new Set([
  'fromEntries', 'flat', 'flatMap', 'matchAll', 'replaceAll', 'hasOwn', 'at',
  'trimStart', 'trimEnd', 'allSettled', 'any', 'findLast', 'findLastIndex',
]);

function checkRegExp(source, flags, where, problems) {
  const badFlag = flags.replace(/[gimuy]/g, '');
  if (badFlag) problems.push(`${where}: regular expression flag(s) "${badFlag}"`);
  if (source.indexOf('(?<') !== -1) problems.push(`${where}: regular expression lookbehind or named group`);
  if (/\\k</.test(source)) problems.push(`${where}: regular expression named back-reference`);
}

/** Returns a list of problems (empty when the code is fine). */
export function findPostES2018(code, fileName) {
  const sf = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const problems = [];
  const where = (node) => {
    const { line, character } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
    return `${fileName}:${line + 1}:${character + 1}`;
  };
  const visit = (node) => {
    switch (node.kind) {
      case ts.SyntaxKind.ImportDeclaration:
      case ts.SyntaxKind.ImportEqualsDeclaration:
      case ts.SyntaxKind.ImportKeyword:
        problems.push(`${where(node)}: import`);
        break;
      case ts.SyntaxKind.ExportDeclaration:
        if (node.moduleSpecifier) problems.push(`${where(node)}: re-export from a module`);
        break;
      case ts.SyntaxKind.BinaryExpression: {
        const op = node.operatorToken.kind;
        if (
          op === ts.SyntaxKind.QuestionQuestionToken ||
          op === ts.SyntaxKind.QuestionQuestionEqualsToken ||
          op === ts.SyntaxKind.BarBarEqualsToken ||
          op === ts.SyntaxKind.AmpersandAmpersandEqualsToken
        ) {
          problems.push(`${where(node)}: operator ${ts.tokenToString(op)}`);
        }
        break;
      }
      case ts.SyntaxKind.BigIntLiteral:
        problems.push(`${where(node)}: BigInt literal`);
        break;
      case ts.SyntaxKind.NumericLiteral:
        if (node.getText(sf).indexOf('_') !== -1) problems.push(`${where(node)}: numeric separator`);
        break;
      case ts.SyntaxKind.CatchClause:
        if (!node.variableDeclaration) problems.push(`${where(node)}: catch without binding`);
        break;
      case ts.SyntaxKind.PrivateIdentifier:
        problems.push(`${where(node)}: private class member`);
        break;
      case ts.SyntaxKind.PropertyDeclaration:
        if (ts.isClassLike(node.parent)) problems.push(`${where(node)}: class field`);
        break;
      case ts.SyntaxKind.RegularExpressionLiteral: {
        const text = node.text;
        const slash = text.lastIndexOf('/');
        checkRegExp(text.slice(1, slash), text.slice(slash + 1), where(node), problems);
        break;
      }
      case ts.SyntaxKind.Identifier:
        if (BANNED_GLOBALS.has(node.text)) problems.push(`${where(node)}: ${node.text}`);
        break;
      default:
        break;
    }
    if (node.questionDotToken) problems.push(`${where(node)}: optional chaining`);
    if (ts.isPropertyAccessExpression(node) && BANNED_MEMBERS.has(node.name.text)) {
      problems.push(`${where(node)}: .${node.name.text} (newer than ES2018)`);
    }
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'require') {
      problems.push(`${where(node)}: require()`);
    }
    if (
      ts.isNewExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'RegExp' &&
      node.arguments &&
      node.arguments.length > 0
    ) {
      const [src, flags] = node.arguments;
      if (!ts.isStringLiteral(src) || (flags && !ts.isStringLiteral(flags))) {
        problems.push(`${where(node)}: RegExp built from a non-literal`);
      } else {
        checkRegExp(src.text, flags ? flags.text : '', where(node), problems);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return problems;
}
