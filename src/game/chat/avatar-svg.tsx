/**
 * The chat's avatars as Preact nodes: the SVG that `avatarSvg` builds,
 * copied node by node (no markup parsed), so it sits in the tree exactly
 * where the plain-DOM chat put it, with no wrapper element.
 */
import { h, type VNode } from 'preact';
import { useMemo } from 'preact/hooks';
import { avatarSvg } from '../ui/avatar';

function toVNode(node: Element): VNode {
  const props: Record<string, string> = {};
  for (const attr of Array.from(node.attributes)) props[attr.name] = attr.value;
  const children = Array.from(node.childNodes).map((child) =>
    child.nodeType === Node.ELEMENT_NODE ? toVNode(child as Element) : (child.textContent ?? ''),
  );
  return h(node.localName, props, ...children);
}

export function AvatarSvg({ name, size }: { name: string; size: number }) {
  return useMemo(() => toVNode(avatarSvg(name, size)), [name, size]);
}
