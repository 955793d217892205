"""Regenerate the bundled example documents: ``python resources/examples/generate.py``.

The examples are written through the Document API, so they always obey the rules table
and the current file format; ``tests/test_examples.py`` checks the committed files are
exactly what this script writes.
"""

from __future__ import annotations

import sys
from pathlib import Path

from ucdesigner.io.authoring import Author, write_documents
from ucdesigner.layout import lines_through_shapes, route_lines, tidy_labels
from ucdesigner.model import (
    Association,
    AssociationEnd,
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
    Point,
    Shape,
    ShapeStyle,
)
from ucdesigner.model.sizing import default_size

HERE = Path(__file__).resolve().parent


class Builder(Author):
    """An ``Author`` that lays its diagrams out by hand."""

    def diagram(
        self,
        diagram_id: str,
        name: str,
        placements: dict[str, tuple],
        hide: tuple[str, ...] = (),
        notes: dict[str, tuple[float, float]] | None = None,
        **fields,
    ) -> None:
        """Place elements (name -> (x, y) or (x, y, w, h)) and draw every relationship
        whose two ends are on the diagram, except the ``hide`` ones; ``notes`` moves the
        condition notes of extends (relationship id -> offset)."""
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
        notes = notes or {}
        self.doc.add_edges(
            diagram_id,
            [
                Edge(
                    element=r.id,
                    note_offset=Point(x=notes.get(r.id, (0, 0))[0], y=notes.get(r.id, (0, 0))[1]),
                )
                for r in self.doc.relationships()
                if r.source in shown and r.target in shown and r.id not in hide
            ],
        )
        # A line the hand layout sends through a shape is routed around it.
        diagram = self.doc.diagram(diagram_id)
        blocked = lines_through_shapes(self.doc, diagram)
        if blocked:
            routed = route_lines(self.doc, diagram, blocked)
            self.doc.update_edges(diagram_id, [e for e in routed.edges if e.element in blocked])
        # Labels the hand layout lets collide move to the nearest free place.
        diagram = self.doc.diagram(diagram_id)
        tidied = tidy_labels(self.doc, diagram)
        moved = [new for old, new in zip(diagram.edges, tidied.edges, strict=True) if new != old]
        if moved:
            self.doc.update_edges(diagram_id, moved)


def post_purchase_support() -> Document:
    """Post-purchase support: returns, tracking, troubleshooting and contacting support."""
    b = Builder(Document("Post-purchase support"))
    b.doc.set_info(
        documentation="What customers do after they bought: track the order, return it, "
        "fix a product problem or talk to support."
    )
    shop = b.subject("Online Shop Support")
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
    b.serves("Customer", "Track Order", "Request Return", "Troubleshoot Product", "Contact Support")
    b.serves("Support Agent", "Contact Support", "Escalate to Specialist")
    b.serves("Self-service Portal", "Track Order", "Troubleshoot Product")
    b.link(Include, "Request Return", "Verify Purchase")
    b.link(Include, "Contact Support", "Verify Purchase")
    b.link(
        Extend,
        "Escalate to Specialist",
        "Contact Support",
        condition="the first contact did not solve the issue",
        extension_points=("ep_contact_support_unresolved",),
    )
    b.comment("returns-window", "Returns are accepted within 30 days of delivery.")
    b.link(CommentLink, "returns-window", "Request Return")
    b.specify(
        "Request Return",
        goal="Send back an item that does not suit and get the money back.",
        scope="Online Shop Support",
        level="user goal",
        stakeholders=[
            ("Customer", "a quick, free return and the refund without chasing it"),
            ("Shop", "returned items checked before the refund; fewer returns over time"),
            ("Support Agent", "no calls asking where a refund is"),
        ],
        preconditions=(
            "The customer has received the order.",
            "The order was delivered less than 30 days ago.",
        ),
        trigger="The customer chooses Return on an order in their account or in the "
        "delivery e-mail.",
        main=[
            "The customer chooses the items to return and gives a reason for each.",
            "The shop verifies the purchase.",
            "The shop offers a refund to the original payment or store credit.",
            "The customer chooses how to get the money back.",
            "The shop sends a prepaid return label and the nearest drop-off points.",
            ("The customer prints the label or shows its QR code at the drop-off point.", 1),
            "The warehouse checks the returned items.",
            "The shop refunds the customer and confirms by e-mail.",
        ],
        extensions=[
            (
                1,
                "The return window has closed",
                None,
                [
                    "The shop explains the 30-day policy and offers to contact support.",
                    "The use case ends.",
                ],
            ),
            (
                1,
                "The item arrived damaged",
                None,
                [
                    "The shop asks for a photo of the damage.",
                    "The shop refunds at once, without asking for the item back.",
                ],
            ),
            (
                7,
                "The returned item is damaged or incomplete",
                None,
                ["The shop refunds part of the price and tells the customer why."],
            ),
        ],
        postconditions=(
            "The customer has the money back or store credit.",
            "The item is back in stock or written off.",
        ),
        business_rules=(
            "Returns are accepted within 30 days of delivery.",
            "Return postage is free; a refund goes back to the original payment unless the "
            "customer chooses store credit.",
        ),
        open_issues=("Is the delivery charge refunded when the whole order is returned?",),
    )
    b.specify(
        "Contact Support",
        goal="Get a question or a problem with an order solved by a person.",
        scope="Online Shop Support",
        level="user goal",
        primary_actors=["Customer"],
        supporting_actors=["Support Agent"],
        stakeholders=[
            ("Customer", "a quick answer from someone who knows the order"),
            ("Support Agent", "the order and its history at hand"),
            ("Shop", "issues solved at the first contact"),
        ],
        preconditions=("The customer can name the order (order number or account).",),
        trigger="The customer chooses chat, phone or e-mail on the help pages.",
        main=[
            "The customer chooses a channel and describes the problem.",
            "The shop verifies the purchase.",
            "The support agent reads the order history and answers.",
            "The customer confirms that the problem is solved.",
            "The shop closes the case and asks for a rating.",
        ],
        extensions=[
            (
                4,
                "The issue is still unresolved",
                "ep_contact_support_unresolved",
                [
                    "The agent escalates the case to a specialist.",
                    "The customer gets a case number and a time for the answer.",
                ],
            ),
            (None, "The customer leaves the chat", None, ["The shop e-mails the conversation."]),
        ],
        postconditions=(
            "The customer has an answer, or a case number and a time for one.",
            "The case is recorded with its outcome.",
        ),
        business_rules=("Chat and phone are answered within 5 minutes in opening hours.",),
    )
    b.specify(
        "Track Order",
        goal="Know where the order is and when it arrives.",
        level="user goal",
        trigger="The customer opens the tracking link or the order in their account.",
        main=[
            "The portal shows the order's status and the carrier's latest scan.",
            "The portal shows the expected delivery day.",
        ],
        extensions=[
            (2, "The parcel is late", None, ["The portal offers to contact support."]),
        ],
        postconditions=("The customer knows when to expect the parcel.",),
    )
    b.diagram(
        "diagram_post_purchase",
        "Post-purchase support",
        {
            "Online Shop Support": (180, 40, 580, 640),
            "Customer": (90, 300),
            "Self-service Portal": (850, 160),
            "Support Agent": (850, 470),
            "Track Order": (330, 130),
            "Troubleshoot Product": (330, 240),
            "Request Return": (330, 350),
            "Contact Support": (330, 480),
            "Verify Purchase": (600, 415),
            "Escalate to Specialist": (600, 600),
            "returns-window": (520, 250),
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
    shop = b.subject("Online Shop")
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
    b.serves("Shopper", "Browse Catalogue", "Search Products", "Compare Products", "Read Reviews")
    b.link(Association, "Shopper", "Place Order", target_end=AssociationEnd(multiplicity="0..*"))
    b.serves("Registered Shopper", "Get Personalised Recommendations", "Save to Wishlist")
    b.serves("Recommendation Engine", "Get Personalised Recommendations")
    b.serves("Payment Provider", "Pay for Order")
    b.link(Include, "Place Order", "Pay for Order")
    b.link(Include, "Compare Products", "Read Reviews")
    b.link(
        Extend,
        "Apply Discount Code",
        "Place Order",
        condition="the shopper has a voucher",
        extension_points=("ep_place_order_payment",),
    )
    b.specify(
        "Place Order",
        goal="Buy the products in the basket.",
        scope="Online Shop",
        level="user goal",
        supporting_actors=["Payment Provider"],
        preconditions=("The basket holds at least one product.",),
        trigger="The shopper chooses Check out.",
        main=[
            "The shopper enters or confirms the delivery address.",
            "The shop shows the total with delivery costs.",
            "The shopper enters the payment details.",
            "The shopper pays for the order.",
            "The shop confirms the order by e-mail.",
        ],
        extensions=[
            (
                3,
                "The shopper has a discount code",
                "ep_place_order_payment",
                ["The shopper applies the code.", "The shop shows the new total."],
            ),
            (4, "The payment is refused", None, ["The shop asks for another payment method."]),
        ],
        postconditions=("The order is placed and paid.", "The shopper has a confirmation."),
    )
    b.diagram(
        "diagram_intent",
        "Intent phase",
        {
            "Online Shop": (200, 30, 820, 690),
            "Shopper": (90, 220),
            "Registered Shopper": (90, 530),
            "Payment Provider": (1110, 390),
            "Recommendation Engine": (1110, 580),
            "Browse Catalogue": (370, 100),
            "Search Products": (370, 190),
            "Search by Voice": (640, 190),
            "Read Reviews": (370, 280),
            "Compare Products": (370, 370),
            "Place Order": (370, 480),
            "Pay for Order": (700, 400),
            "Apply Discount Code": (880, 520),
            "Save to Wishlist": (370, 610),
            "Get Personalised Recommendations": (660, 660),
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
    web = b.subject("Web Shop", package=packages["Shopping"])
    service = b.subject("Customer Service Centre", package=packages["Service"])
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
    for usecase, point_id, point_name in (
        ("Check Out", "ep_check_out_payment", "Payment"),
        ("Enter Delivery Address", "ep_delivery_options", "Delivery options"),
        ("Contact Support", "ep_contact_support_unresolved", "Unresolved"),
        ("Request Return", "ep_request_return_damage", "Item damaged"),
        ("Sign In", "ep_sign_in_no_account", "No account yet"),
        ("Track Delivery", "ep_track_delivery_before_shipping", "Before shipping"),
    ):
        b.doc.update(
            b.ids[usecase], extension_points=(ExtensionPoint(id=point_id, name=point_name),)
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
    b.serves(
        "Customer",
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
    )
    b.serves(
        "Member",
        "Save to Wishlist",
        "Get Recommendations",
        "Join Loyalty Programme",
        "Refer a Friend",
    )
    b.serves("Guest Customer", "Create Account")
    b.serves("Store Clerk", "Reserve in Store")
    b.serves("Support Agent", "Contact Support", "Escalate Complaint", "Exchange Item")
    b.serves("Warehouse", "Exchange Item")
    b.serves("Payment Provider", "Pay for Order", "Refund Payment")
    b.serves("Delivery Partner", "Change Delivery")
    b.serves("Marketing Team", "Subscribe to Newsletter")
    b.serves("Recommendation Engine", "Get Recommendations")
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
        (
            "Choose Delivery Slot",
            "Enter Delivery Address",
            ("ep_delivery_options",),
            "home delivery chosen",
        ),
        ("Escalate Complaint", "Contact Support", ("ep_contact_support_unresolved",), ""),
        ("Report Damaged Item", "Request Return", ("ep_request_return_damage",), ""),
    ):
        b.link(Extend, extension, base, condition=condition, extension_points=points)
    b.link(
        Extend,
        "Create Account",
        "Sign In",
        condition="the customer has no account yet",
        extension_points=("ep_sign_in_no_account",),
    )
    shipping = ("ep_track_delivery_before_shipping",)
    b.link(Extend, "Change Delivery", "Track Delivery", extension_points=shipping)
    b.link(
        Extend,
        "Cancel Order",
        "Track Delivery",
        condition="not yet shipped",
        extension_points=shipping,
    )
    b.link(Association, "Customer", "Edit Basket", target_end=AssociationEnd(multiplicity="0..*"))
    b.link(Dependency, "Exchange Item", "Request Return", stereotypes=("trace",))
    b.link(Dependency, "Web Shop", "Customer Service Centre", stereotypes=("use",))
    b.comment(
        "loyalty-note",
        "Members earn points on every order; points can pay up to half an order.",
        package=packages["Shopping"],
    )
    b.link(CommentLink, "loyalty-note", "Use Loyalty Points")

    b.diagram(
        "diagram_discover",
        "Discover and choose",
        {
            "Web Shop": (170, 30, 780, 700),
            "Customer": (80, 300),
            "Member": (80, 620),
            "Marketing Team": (1060, 110),
            "Recommendation Engine": (1060, 560),
            "Store Clerk": (1060, 350),
            "Discover Brand": (380, 100),
            "Subscribe to Newsletter": (700, 100),
            "Browse Catalogue": (380, 190),
            "Search Products": (380, 280),
            "Filter Results": (700, 230),
            "Compare Products": (380, 370),
            "View Product Details": (700, 430),
            "Read Reviews": (700, 330),
            "Check Store Stock": (380, 460),
            "Reserve in Store": (700, 530),
            "Save to Wishlist": (380, 570),
            "Get Recommendations": (700, 640),
        },
    )
    b.diagram(
        "diagram_purchase",
        "Purchase",
        {
            "Web Shop": (170, 30, 1000, 840),
            "Customer": (80, 200),
            "Guest Customer": (80, 650),
            "Payment Provider": (1270, 660),
            "Add to Basket": (330, 90),
            "Edit Basket": (330, 180),
            "Apply Voucher": (560, 110),
            "Use Loyalty Points": (900, 110),
            "Check Out": (560, 410),
            "Sign In": (330, 550),
            "Create Account": (330, 740),
            "Enter Delivery Address": (880, 370),
            "Choose Delivery Slot": (1080, 520),
            "Confirm Order": (850, 560),
            "Pay for Order": (700, 650),
            "Pay by Card": (590, 775),
            "Pay by Wallet": (820, 775),
            "loyalty-note": (1190, 40),
        },
        hide=("generalization_guest_customer__customer",),
    )
    b.diagram(
        "diagram_post_purchase",
        "After the purchase",
        {
            "Customer Service Centre": (170, 30, 810, 800),
            "Customer": (80, 340),
            "Member": (80, 650),
            "Delivery Partner": (1100, 40),
            "Payment Provider": (1100, 240),
            "Warehouse": (1100, 420),
            "Support Agent": (1100, 590),
            "Track Delivery": (330, 100),
            "Change Delivery": (620, 70),
            "Cancel Order": (620, 170),
            "Request Return": (330, 290),
            "Print Return Label": (620, 270),
            "Refund Payment": (860, 270),
            "Report Damaged Item": (620, 370),
            "Exchange Item": (860, 450),
            "Contact Support": (330, 470),
            "Verify Identity": (620, 560),
            "Escalate Complaint": (860, 620),
            "Rate Experience": (380, 590),
            "Write Review": (300, 680),
            "Join Loyalty Programme": (330, 770),
            "Refer a Friend": (620, 750),
        },
        notes={
            "extend_cancel_order__track_delivery": (-30, 40),
        },
    )
    return b.doc


EXAMPLES = {
    "post-purchase-support.ucd": post_purchase_support,
    "online-shop-intent.ucd": online_shop_intent,
    "retail-customer-journey.ucd": retail_customer_journey,
}


def main(folder: Path = HERE) -> int:
    return write_documents(EXAMPLES, folder)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE))
