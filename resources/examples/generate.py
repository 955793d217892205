"""Regenerate the bundled example documents: ``python resources/examples/generate.py``.

The examples are written through the Document API, so they always obey the rules table
and the current file format; ``tests/test_examples.py`` checks the committed files are
exactly what this script writes.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from ucdesigner.io.native import save
from ucdesigner.model import (
    Actor,
    Association,
    AssociationEnd,
    Comment,
    CommentLink,
    Dependency,
    DiagramInfo,
    Document,
    Edge,
    Extend,
    ExtensionPoint,
    Generalization,
    Include,
    Package,
    Shape,
    ShapeStyle,
    Subject,
    UseCase,
)
from ucdesigner.model.sizing import default_size

HERE = Path(__file__).resolve().parent


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")


@dataclass
class Builder:
    """Small helper that names ids after the elements, for readable, stable files."""

    doc: Document
    ids: dict[str, str] = field(default_factory=dict)

    def node(self, cls, name: str, prefix: str, **fields) -> str:
        element_id = f"{prefix}_{slug(name)}"
        self.doc.add(cls(id=element_id, name=name, **fields))
        self.ids[name] = element_id
        return element_id

    def actor(self, name: str, **fields) -> str:
        return self.node(Actor, name, "actor", **fields)

    def usecase(self, name: str, **fields) -> str:
        return self.node(UseCase, name, "uc", **fields)

    def link(self, cls, source: str, target: str, **fields) -> str:
        prefix = cls.model_fields["kind"].default
        rel_id = f"{prefix}_{slug(source)}__{slug(target)}"
        self.doc.add(cls(id=rel_id, source=self.ids[source], target=self.ids[target], **fields))
        return rel_id

    def diagram(self, diagram_id: str, name: str, placements: dict[str, tuple], **fields) -> None:
        """Place elements (name -> (x, y) or (x, y, w, h)) and draw every relationship
        whose two ends are on the diagram."""
        self.doc.add_diagram(DiagramInfo(id=diagram_id, name=name, **fields))
        shapes = []
        for name_, place in placements.items():
            element = self.doc.get(self.ids[name_])
            width, height = default_size(element)
            if len(place) == 4:
                width, height = place[2], place[3]
            style = place[4] if len(place) == 5 else ShapeStyle()
            x, y = place[0], place[1]
            if element.kind == "actor":
                x -= width / 2  # actors are placed by the centre of the figure
            if element.kind == "usecase":
                x, y = x - width / 2, y - height / 2  # use cases by their centre
            shapes.append(
                Shape(element=element.id, x=x, y=y, width=width, height=height, style=style)
            )
        self.doc.add_shapes(diagram_id, shapes)
        shown = {s.element for s in shapes}
        self.doc.add_edges(
            diagram_id,
            [
                Edge(element=r.id)
                for r in self.doc.relationships()
                if r.source in shown and r.target in shown
            ],
        )


def post_purchase_support() -> Document:
    """Post-purchase support: returns, tracking, troubleshooting and contacting support."""
    b = Builder(Document("Post-purchase support"))
    b.doc.set_info(
        documentation="What customers do after they bought: track the order, return it, "
        "fix a product problem or talk to support."
    )
    shop = b.node(Subject, "Online Shop Support", "subject")
    b.actor("Customer", documentation="Someone who bought from the shop.")
    b.actor("Support Agent", documentation="Answers customers by phone, chat and e-mail.")
    b.actor(
        "Self-service Portal",
        stereotypes=("system",),
        documentation="The shop's help pages and order tracker.",
    )
    inside = {"subjects": (shop,)}
    b.usecase("Track Order", **inside)
    b.usecase("Request Return", **inside)
    b.usecase("Troubleshoot Product", **inside)
    b.usecase(
        "Contact Support",
        extension_points=(
            ExtensionPoint(id="ep_contact_support_unresolved", name="Issue unresolved"),
        ),
        **inside,
    )
    b.usecase("Verify Purchase", **inside)
    b.usecase("Escalate to Specialist", **inside)
    for uc in ("Track Order", "Request Return", "Troubleshoot Product", "Contact Support"):
        b.link(Association, "Customer", uc)
    b.link(Association, "Support Agent", "Contact Support")
    b.link(Association, "Support Agent", "Escalate to Specialist")
    b.link(Association, "Self-service Portal", "Track Order")
    b.link(Association, "Self-service Portal", "Troubleshoot Product")
    b.link(Include, "Request Return", "Verify Purchase")
    b.link(Include, "Contact Support", "Verify Purchase")
    b.link(
        Extend,
        "Escalate to Specialist",
        "Contact Support",
        condition="the first contact did not solve the issue",
        extension_points=("ep_contact_support_unresolved",),
    )
    note = b.node(
        Comment, "returns-window", "note", body="Returns are accepted within 30 days of delivery."
    )
    b.ids["returns-window"] = note
    b.link(CommentLink, "returns-window", "Request Return")
    b.diagram(
        "diagram_post_purchase",
        "Post-purchase support",
        {
            "Online Shop Support": (180, 40, 560, 520),
            "Customer": (90, 250),
            "Support Agent": (830, 330),
            "Self-service Portal": (830, 110),
            "Track Order": (350, 130),
            "Troubleshoot Product": (350, 230),
            "Request Return": (350, 340),
            "Contact Support": (350, 460),
            "Verify Purchase": (590, 340),
            "Escalate to Specialist": (590, 460),
            "returns-window": (560, 600, 200, 48),
        },
    )
    return b.doc


def online_shop_intent() -> Document:
    """The intent phase of an online shop: research, compare, decide and order."""
    b = Builder(Document("Online shop: intent phase"))
    b.doc.set_info(
        documentation="How shoppers research and compare before they buy, and how the "
        "shop helps them decide."
    )
    shop = b.node(Subject, "Online Shop", "subject")
    b.actor("Shopper")
    b.actor("Registered Shopper")
    b.actor("Recommendation Engine", stereotypes=("system",))
    b.actor("Payment Provider", stereotypes=("system",))
    inside = {"subjects": (shop,)}
    for name in (
        "Browse Catalogue",
        "Search Products",
        "Search by Voice",
        "Compare Products",
        "Read Reviews",
        "Get Personalised Recommendations",
        "Save to Wishlist",
        "Pay for Order",
        "Apply Discount Code",
    ):
        b.usecase(name, **inside)
    b.usecase(
        "Place Order",
        extension_points=(ExtensionPoint(id="ep_place_order_payment", name="Payment details"),),
        **inside,
    )
    b.link(Generalization, "Registered Shopper", "Shopper")
    b.link(Generalization, "Search by Voice", "Search Products")
    for uc in ("Browse Catalogue", "Search Products", "Compare Products", "Read Reviews"):
        b.link(Association, "Shopper", uc)
    b.link(Association, "Shopper", "Place Order", target_end=AssociationEnd(multiplicity="0..*"))
    b.link(Association, "Registered Shopper", "Get Personalised Recommendations")
    b.link(Association, "Registered Shopper", "Save to Wishlist")
    b.link(Association, "Recommendation Engine", "Get Personalised Recommendations")
    b.link(Association, "Payment Provider", "Pay for Order")
    b.link(Include, "Place Order", "Pay for Order")
    b.link(Include, "Compare Products", "Read Reviews")
    b.link(
        Extend,
        "Apply Discount Code",
        "Place Order",
        condition="the shopper has a voucher",
        extension_points=("ep_place_order_payment",),
    )
    b.diagram(
        "diagram_intent",
        "Intent phase",
        {
            "Online Shop": (200, 30, 600, 660),
            "Shopper": (90, 200),
            "Registered Shopper": (90, 480),
            "Recommendation Engine": (890, 200),
            "Payment Provider": (890, 520),
            "Browse Catalogue": (370, 100),
            "Search Products": (370, 190),
            "Search by Voice": (630, 190),
            "Compare Products": (370, 290),
            "Read Reviews": (630, 290),
            "Get Personalised Recommendations": (370, 400),
            "Save to Wishlist": (370, 500),
            "Place Order": (370, 610),
            "Pay for Order": (640, 520),
            "Apply Discount Code": (640, 620),
        },
    )
    return b.doc


def retail_customer_journey() -> Document:
    """A larger model: the whole retail customer journey, three diagrams, every link kind."""
    b = Builder(Document("Retail customer journey"))
    b.doc.set_info(
        documentation="The customer journey of a retailer with a web shop and stores, "
        "from awareness to advocacy."
    )
    packages = {name: b.node(Package, name, "pkg") for name in ("Actors", "Shopping", "Service")}
    web = b.node(Subject, "Web Shop", "subject", package=packages["Shopping"])
    service = b.node(Subject, "Customer Service Centre", "subject", package=packages["Service"])
    actors = [
        "Customer",
        "Guest Customer",
        "Member",
        "Store Clerk",
        "Support Agent",
        "Warehouse",
        "Payment Provider",
        "Delivery Partner",
        "Marketing Team",
        "Recommendation Engine",
    ]
    for name in actors:
        b.actor(name, package=packages["Actors"])
    shopping = [
        "Discover Brand",
        "Subscribe to Newsletter",
        "Browse Catalogue",
        "Search Products",
        "Filter Results",
        "View Product Details",
        "Compare Products",
        "Read Reviews",
        "Get Recommendations",
        "Check Store Stock",
        "Reserve in Store",
        "Save to Wishlist",
        "Add to Basket",
        "Edit Basket",
        "Check Out",
        "Sign In",
        "Create Account",
        "Enter Delivery Address",
        "Choose Delivery Slot",
        "Pay by Card",
        "Pay by Wallet",
        "Pay for Order",
        "Apply Voucher",
        "Use Loyalty Points",
        "Confirm Order",
    ]
    service_ucs = [
        "Track Delivery",
        "Change Delivery",
        "Cancel Order",
        "Request Return",
        "Print Return Label",
        "Refund Payment",
        "Exchange Item",
        "Report Damaged Item",
        "Contact Support",
        "Chat with Agent",
        "Call Hotline",
        "Escalate Complaint",
        "Verify Identity",
        "Rate Experience",
        "Write Review",
        "Refer a Friend",
        "Join Loyalty Programme",
    ]
    for name in shopping:
        b.usecase(name, package=packages["Shopping"], subjects=(web,))
    for name in service_ucs:
        b.usecase(name, package=packages["Service"], subjects=(service,))
    b.doc.update(
        b.ids["Check Out"],
        extension_points=(
            ExtensionPoint(id="ep_check_out_payment", name="Payment"),
            ExtensionPoint(id="ep_check_out_delivery", name="Delivery options"),
        ),
    )
    b.doc.update(
        b.ids["Contact Support"],
        extension_points=(ExtensionPoint(id="ep_contact_support_unresolved", name="Unresolved"),),
    )
    b.doc.update(
        b.ids["Request Return"],
        extension_points=(ExtensionPoint(id="ep_request_return_damage", name="Item damaged"),),
    )
    for specific, general in (
        ("Guest Customer", "Customer"),
        ("Member", "Customer"),
        ("Pay by Card", "Pay for Order"),
        ("Pay by Wallet", "Pay for Order"),
        ("Chat with Agent", "Contact Support"),
        ("Call Hotline", "Contact Support"),
    ):
        b.link(Generalization, specific, general)
    for customer_uc in (
        "Discover Brand",
        "Browse Catalogue",
        "Search Products",
        "Compare Products",
        "Read Reviews",
        "Check Store Stock",
        "Add to Basket",
        "Check Out",
        "Track Delivery",
        "Request Return",
        "Contact Support",
        "Rate Experience",
        "Write Review",
        "Refer a Friend",
    ):
        b.link(Association, "Customer", customer_uc)
    for member_uc in ("Save to Wishlist", "Get Recommendations", "Join Loyalty Programme"):
        b.link(Association, "Member", member_uc)
    b.link(Association, "Guest Customer", "Create Account")
    b.link(Association, "Store Clerk", "Reserve in Store")
    b.link(Association, "Support Agent", "Contact Support")
    b.link(Association, "Support Agent", "Escalate Complaint")
    b.link(Association, "Support Agent", "Exchange Item")
    b.link(Association, "Warehouse", "Exchange Item")
    b.link(Association, "Payment Provider", "Pay for Order")
    b.link(Association, "Payment Provider", "Refund Payment")
    b.link(Association, "Delivery Partner", "Track Delivery")
    b.link(Association, "Delivery Partner", "Change Delivery")
    b.link(Association, "Marketing Team", "Subscribe to Newsletter")
    b.link(Association, "Recommendation Engine", "Get Recommendations")
    for base, addition in (
        ("Check Out", "Sign In"),
        ("Check Out", "Enter Delivery Address"),
        ("Check Out", "Pay for Order"),
        ("Check Out", "Confirm Order"),
        ("Search Products", "Filter Results"),
        ("Compare Products", "View Product Details"),
        ("Request Return", "Print Return Label"),
        ("Request Return", "Refund Payment"),
        ("Contact Support", "Verify Identity"),
        ("Cancel Order", "Refund Payment"),
        ("Reserve in Store", "Check Store Stock"),
    ):
        b.link(Include, base, addition)
    for extension, base, points, condition in (
        ("Apply Voucher", "Check Out", ("ep_check_out_payment",), "the customer has a voucher"),
        ("Use Loyalty Points", "Check Out", ("ep_check_out_payment",), "the customer is a member"),
        ("Choose Delivery Slot", "Check Out", ("ep_check_out_delivery",), "home delivery chosen"),
        ("Escalate Complaint", "Contact Support", ("ep_contact_support_unresolved",), ""),
        ("Report Damaged Item", "Request Return", ("ep_request_return_damage",), "item damaged"),
    ):
        b.link(Extend, extension, base, condition=condition, extension_points=points)
    b.link(Extend, "Create Account", "Sign In", condition="the customer has no account yet")
    b.link(Extend, "Change Delivery", "Track Delivery", condition="the slot no longer suits")
    b.link(Extend, "Cancel Order", "Track Delivery", condition="not yet shipped")
    b.link(Association, "Customer", "Save to Wishlist", source_end=AssociationEnd(multiplicity="1"))
    b.link(Dependency, "Exchange Item", "Request Return", stereotypes=("trace",))
    b.link(Dependency, "Web Shop", "Customer Service Centre", stereotypes=("use",))
    note = b.node(
        Comment,
        "loyalty-note",
        "note",
        body="Members earn points on every order; points can pay up to half an order.",
        package=packages["Shopping"],
    )
    b.ids["loyalty-note"] = note
    b.link(CommentLink, "loyalty-note", "Use Loyalty Points")

    col = (390, 620, 850)
    b.diagram(
        "diagram_journey_overview",
        "Journey overview",
        {
            "Web Shop": (160, 30, 420, 420),
            "Customer Service Centre": (160, 480, 420, 330),
            "Customer": (70, 400),
            "Member": (680, 140),
            "Support Agent": (680, 640),
            "Discover Brand": (370, 100),
            "Browse Catalogue": (370, 190),
            "Compare Products": (370, 280),
            "Check Out": (370, 380),
            "Track Delivery": (370, 560),
            "Request Return": (370, 650),
            "Contact Support": (370, 745),
        },
    )
    b.diagram(
        "diagram_purchase",
        "Purchase",
        {
            "Web Shop": (170, 30, 830, 900),
            "Customer": (80, 250),
            "Guest Customer": (80, 560),
            "Member": (80, 760),
            "Payment Provider": (1090, 640),
            "Recommendation Engine": (1090, 250),
            "Store Clerk": (1090, 100),
            "Browse Catalogue": (col[0], 90),
            "Search Products": (col[0], 180),
            "Filter Results": (col[1], 180),
            "Check Store Stock": (col[0], 270),
            "Reserve in Store": (col[2], 100),
            "Compare Products": (col[0], 360),
            "View Product Details": (col[1], 360),
            "Read Reviews": (col[1], 270),
            "Get Recommendations": (col[2], 250),
            "Save to Wishlist": (col[0], 450),
            "Add to Basket": (col[1], 450),
            "Check Out": (col[0], 560),
            "Sign In": (col[1], 560),
            "Create Account": (col[1], 660),
            "Enter Delivery Address": (col[2], 440),
            "Choose Delivery Slot": (col[2], 540),
            "Pay for Order": (col[2], 650),
            "Pay by Card": (col[1], 760),
            "Pay by Wallet": (col[2], 760),
            "Apply Voucher": (col[0], 680),
            "Use Loyalty Points": (col[0], 800),
            "Confirm Order": (col[1], 860),
            "loyalty-note": (250, 950, 230, 64),
        },
    )
    b.diagram(
        "diagram_post_purchase",
        "After the purchase",
        {
            "Customer Service Centre": (170, 30, 700, 900),
            "Customer": (80, 430),
            "Support Agent": (960, 470),
            "Delivery Partner": (960, 130),
            "Payment Provider": (960, 330),
            "Warehouse": (960, 640),
            "Marketing Team": (960, 820),
            "Track Delivery": (380, 100),
            "Change Delivery": (650, 90),
            "Cancel Order": (650, 190),
            "Request Return": (380, 300),
            "Print Return Label": (650, 290),
            "Refund Payment": (650, 390),
            "Report Damaged Item": (380, 410),
            "Exchange Item": (650, 490),
            "Contact Support": (380, 540),
            "Chat with Agent": (300, 650),
            "Call Hotline": (480, 650),
            "Verify Identity": (650, 590),
            "Escalate Complaint": (650, 690),
            "Rate Experience": (380, 760),
            "Write Review": (380, 860),
            "Refer a Friend": (650, 790),
            "Join Loyalty Programme": (650, 880),
            "Subscribe to Newsletter": (1130, 900),
        },
    )
    return b.doc


EXAMPLES = {
    "post-purchase-support.ucd": post_purchase_support,
    "online-shop-intent.ucd": online_shop_intent,
    "retail-customer-journey.ucd": retail_customer_journey,
}


def main(folder: Path = HERE) -> int:
    for file_name, build in EXAMPLES.items():
        save(build(), folder / file_name)
        print(f"wrote {folder / file_name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE))
