package org.glamlod.mappings.engine;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpression;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.NodeList;

/** XML records: selectors are XPath 1.0 relative to the node, with the mapping's namespace prefixes. */
final class XmlNodes {
    private final XPath xpath;
    private final Map<String, XPathExpression> compiled = new ConcurrentHashMap<>();

    XmlNodes(Map<String, String> namespaces) {
        XPathFactory factory = XPathFactory.newInstance();
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (javax.xml.xpath.XPathFactoryConfigurationException e) {
            throw new IllegalStateException("the XPath implementation cannot run securely", e);
        }
        xpath = factory.newXPath();
        xpath.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                if (XMLConstants.XML_NS_PREFIX.equals(prefix)) return XMLConstants.XML_NS_URI; // xml:lang works as in XML
                return namespaces.getOrDefault(prefix, XMLConstants.NULL_NS_URI);
            }

            @Override
            public String getPrefix(String uri) {
                return namespaces.entrySet().stream().filter(e -> e.getValue().equals(uri)).map(Map.Entry::getKey)
                        .findFirst().orElse(null);
            }

            @Override
            public Iterator<String> getPrefixes(String uri) {
                return namespaces.entrySet().stream().filter(e -> e.getValue().equals(uri)).map(Map.Entry::getKey).iterator();
            }
        });
    }

    Node root(org.w3c.dom.Node element) {
        return new Xml(element);
    }

    XPathExpression compile(String selector) {
        return compiled.computeIfAbsent(selector, s -> {
            try {
                return xpath.compile(s);
            } catch (XPathExpressionException e) {
                throw new IllegalArgumentException("not a valid XPath: " + s + " (" + e.getMessage() + ")", e);
            }
        });
    }

    private final class Xml implements Node {
        private final org.w3c.dom.Node node;

        Xml(org.w3c.dom.Node node) {
            this.node = node;
        }

        @Override
        public List<Node> select(String selector) {
            if (selector.equals(".")) return List.of(this);
            try {
                NodeList nodes = (NodeList) compile(selector).evaluate(node, XPathConstants.NODESET);
                List<Node> out = new ArrayList<>(nodes.getLength());
                for (int i = 0; i < nodes.getLength(); i++) out.add(new Xml(nodes.item(i)));
                return out;
            } catch (XPathExpressionException e) {
                // a selector that yields a string or number (e.g. concat(…)) rather than nodes
                try {
                    String value = compile(selector).evaluate(node);
                    return value.isEmpty() ? List.of() : List.of(new TextNode(value));
                } catch (XPathExpressionException again) {
                    throw new IllegalArgumentException("XPath " + selector + " failed: " + again.getMessage(), again);
                }
            }
        }

        @Override
        public String text() {
            return node.getTextContent();
        }

        @Override
        public boolean isStructured() {
            return false; // an element's text is its content, markup and all, as XPath's string() has it
        }
    }
}
