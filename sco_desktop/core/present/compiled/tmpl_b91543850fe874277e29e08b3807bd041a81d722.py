from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'state.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_m = missing
    pass
    parent_template = environment.get_template('page.html', 'state.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_m = context.vars['m'] = environment.get_template('macros.html', 'state.html').make_module(context.get_all(), True, {'m': l_0_m})
    context.exported_vars.discard('m')
    yield from parent_template.root_render_func(context)

def block_body(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_subject = resolve('subject')
    l_0_current_status = resolve('current_status')
    l_0_page = resolve('page')
    l_0_private_url = resolve('private_url')
    l_0_locator_scheme = resolve('locator_scheme')
    l_0_m = resolve('m')
    l_0_namespace = resolve('namespace')
    l_0_tr = resolve('tr')
    l_0_leaders_now = resolve('leaders_now')
    l_0_latest_indicators = resolve('latest_indicators')
    l_0_map_note = resolve('map_note')
    l_0_indicators_by_year = resolve('indicators_by_year')
    l_0_names = resolve('names')
    l_0_years = resolve('years')
    l_0_titled = resolve('titled')
    l_0_trade = resolve('trade')
    l_0_chart_scheme = resolve('chart_scheme')
    l_0_entity_url = resolve('entity_url')
    l_0_sparkline_scheme = resolve('sparkline_scheme')
    l_0_state = l_0_current = l_0_english = l_0_status = l_0_fields = l_0_russian = l_0_chinese = l_0_capital = l_0_facts = l_0_table = l_0_picture = missing
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    pass
    l_0_state = environment.getattr((undefined(name='subject') if l_0_subject is missing else l_0_subject), 'entity')
    _block_vars['state'] = l_0_state
    l_0_current = context.call((undefined(name='current_status') if l_0_current_status is missing else l_0_current_status), (undefined(name='subject') if l_0_subject is missing else l_0_subject), _block_vars=_block_vars)
    _block_vars['current'] = l_0_current
    t_2 = []
    pass
    t_2.extend((
        escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='state') if l_0_state is missing else l_0_state), 'name'))),
        ' ',
        escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'cite'), environment.getattr((undefined(name='state') if l_0_state is missing else l_0_state), 'source_id')))),
    ))
    l_0_english = (Markup if context.eval_ctx.autoescape else identity)(concat(t_2))
    _block_vars['english'] = l_0_english
    l_1_status_labels = resolve('status_labels')
    l_1_no_status_label = resolve('no_status_label')
    t_3 = []
    pass
    if environment.getattr((undefined(name='state') if l_0_state is missing else l_0_state), 'status'):
        pass
        t_3.append(
            escape(environment.finalize(context.eval_ctx, environment.getitem((undefined(name='status_labels') if l_1_status_labels is missing else l_1_status_labels), environment.getattr((undefined(name='state') if l_0_state is missing else l_0_state), 'status')))),
        )
        if (undefined(name='current') if l_0_current is missing else l_0_current):
            pass
            t_3.extend((
                ' ',
                escape(environment.finalize(context.eval_ctx, context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'since {date}', date=environment.getattr((undefined(name='current') if l_0_current is missing else l_0_current), 'start_date')))),
            ))
        t_3.extend((
            ' ',
            escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'cite'), (environment.getattr((undefined(name='current') if l_0_current is missing else l_0_current), 'source_id') if (undefined(name='current') if l_0_current is missing else l_0_current) else None)))),
        ))
    else:
        pass
        t_3.append(
            escape(environment.finalize(context.eval_ctx, (undefined(name='no_status_label') if l_1_no_status_label is missing else l_1_no_status_label))),
        )
    l_0_status = (Markup if context.eval_ctx.autoescape else identity)(concat(t_3))
    _block_vars['status'] = l_0_status
    l_1_status_labels = l_1_no_status_label = missing
    l_0_fields = context.call(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'fields'), (undefined(name='state') if l_0_state is missing else l_0_state), _block_vars=_block_vars)
    _block_vars['fields'] = l_0_fields
    yield '<h1>'
    yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='subject') if l_0_subject is missing else l_0_subject), 'title')))
    yield '</h1>'
    if environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'printable'):
        pass
        yield '<img src="'
        yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='private_url') if l_0_private_url is missing else l_0_private_url), (undefined(name='locator_scheme') if l_0_locator_scheme is missing else l_0_locator_scheme), environment.getattr((undefined(name='state') if l_0_state is missing else l_0_state), 'id'), _block_vars=_block_vars)))
        yield '" width="150" height="138" align="right">'
    if environment.getattr((undefined(name='state') if l_0_state is missing else l_0_state), 'official_name'):
        pass
        yield "<p class='subtitle'>"
        yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='state') if l_0_state is missing else l_0_state), 'official_name')))
        yield escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'cites'), context.call(environment.getattr((undefined(name='fields') if l_0_fields is missing else l_0_fields), 'get'), 'official_name', [], _block_vars=_block_vars), _block_vars=_block_vars)))
        yield '</p>'
    t_4 = []
    pass
    if environment.getattr((undefined(name='state') if l_0_state is missing else l_0_state), 'name_ru'):
        pass
        t_4.extend((
            "<span lang='ru'>",
            escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='state') if l_0_state is missing else l_0_state), 'name_ru'))),
            '</span>',
            escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'cites'), context.call(environment.getattr((undefined(name='fields') if l_0_fields is missing else l_0_fields), 'get'), 'name_ru', [])))),
        ))
    l_0_russian = (Markup if context.eval_ctx.autoescape else identity)(concat(t_4))
    _block_vars['russian'] = l_0_russian
    t_5 = []
    pass
    if environment.getattr((undefined(name='state') if l_0_state is missing else l_0_state), 'name_zh'):
        pass
        t_5.extend((
            "<span lang='zh'>",
            escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='state') if l_0_state is missing else l_0_state), 'name_zh'))),
            '</span>',
            escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'cites'), context.call(environment.getattr((undefined(name='fields') if l_0_fields is missing else l_0_fields), 'get'), 'name_zh', [])))),
        ))
    l_0_chinese = (Markup if context.eval_ctx.autoescape else identity)(concat(t_5))
    _block_vars['chinese'] = l_0_chinese
    t_6 = []
    pass
    if environment.getattr((undefined(name='state') if l_0_state is missing else l_0_state), 'capital'):
        pass
        t_6.extend((
            escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'city'), environment.getattr((undefined(name='state') if l_0_state is missing else l_0_state), 'capital')))),
            escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'cites'), context.call(environment.getattr((undefined(name='fields') if l_0_fields is missing else l_0_fields), 'get'), 'capital', [])))),
        ))
    l_0_capital = (Markup if context.eval_ctx.autoescape else identity)(concat(t_6))
    _block_vars['capital'] = l_0_capital
    l_0_facts = context.call((undefined(name='namespace') if l_0_namespace is missing else l_0_namespace), rows=[(context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'English', _block_vars=_block_vars), (undefined(name='english') if l_0_english is missing else l_0_english)), (context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'Russian', _block_vars=_block_vars), (undefined(name='russian') if l_0_russian is missing else l_0_russian)), (context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'Chinese', _block_vars=_block_vars), (undefined(name='chinese') if l_0_chinese is missing else l_0_chinese)), (context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'Capital', _block_vars=_block_vars), (undefined(name='capital') if l_0_capital is missing else l_0_capital)), (context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'Status on {date}', date=environment.getattr((undefined(name='subject') if l_0_subject is missing else l_0_subject), 'as_of'), _block_vars=_block_vars), (undefined(name='status') if l_0_status is missing else l_0_status))], _block_vars=_block_vars)
    _block_vars['facts'] = l_0_facts
    for (l_1_office, l_1_leader) in context.call((undefined(name='leaders_now') if l_0_leaders_now is missing else l_0_leaders_now), (undefined(name='subject') if l_0_subject is missing else l_0_subject), _block_vars=_block_vars):
        l_1_person = missing
        _loop_vars = {}
        pass
        l_2_leader_names = resolve('leader_names')
        l_2_is_acting = resolve('is_acting')
        t_7 = []
        pass
        t_7.append(
            escape(environment.finalize(context.eval_ctx, environment.getitem(context.call((undefined(name='leader_names') if l_2_leader_names is missing else l_2_leader_names), l_1_leader), 0))),
        )
        if context.call((undefined(name='is_acting') if l_2_is_acting is missing else l_2_is_acting), l_1_leader):
            pass
            t_7.extend((
                ' ',
                escape(environment.finalize(context.eval_ctx, context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), '(acting)'))),
            ))
        t_7.append(
            escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'cite'), environment.getattr(l_1_leader, 'source_id')))),
        )
        l_1_person = (Markup if context.eval_ctx.autoescape else identity)(concat(t_7))
        _loop_vars['person'] = l_1_person
        l_2_leader_names = l_2_is_acting = missing
        if not isinstance(l_0_facts, Namespace):
            raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
        l_0_facts['rows'] = (environment.getattr((undefined(name='facts') if l_0_facts is missing else l_0_facts), 'rows') + [(context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), '{office} on {date}', office=l_1_office, date=environment.getattr((undefined(name='subject') if l_0_subject is missing else l_0_subject), 'as_of'), _loop_vars=_loop_vars), (undefined(name='person') if l_1_person is missing else l_1_person))])
    l_1_office = l_1_leader = l_1_person = missing
    for (l_1_label, l_1_figure) in context.call((undefined(name='latest_indicators') if l_0_latest_indicators is missing else l_0_latest_indicators), (undefined(name='subject') if l_0_subject is missing else l_0_subject), _block_vars=_block_vars):
        l_1_value = missing
        _loop_vars = {}
        pass
        l_2_indicator_text = resolve('indicator_text')
        t_8 = []
        pass
        t_8.extend((
            escape(environment.finalize(context.eval_ctx, context.call((undefined(name='indicator_text') if l_2_indicator_text is missing else l_2_indicator_text), l_1_figure))),
            escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'cite'), environment.getattr(l_1_figure, 'source_id')))),
        ))
        l_1_value = (Markup if context.eval_ctx.autoescape else identity)(concat(t_8))
        _loop_vars['value'] = l_1_value
        l_2_indicator_text = missing
        if not isinstance(l_0_facts, Namespace):
            raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
        l_0_facts['rows'] = (environment.getattr((undefined(name='facts') if l_0_facts is missing else l_0_facts), 'rows') + [(l_1_label, (undefined(name='value') if l_1_value is missing else l_1_value))])
    l_1_label = l_1_figure = l_1_value = missing
    yield escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'facts'), (environment.getattr((undefined(name='facts') if l_0_facts is missing else l_0_facts), 'rows') + [(context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'ISO 3166 code', _block_vars=_block_vars), environment.getattr((undefined(name='state') if l_0_state is missing else l_0_state), 'id'))]), _block_vars=_block_vars)))
    yield escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'summary'), (undefined(name='state') if l_0_state is missing else l_0_state), _block_vars=_block_vars)))
    if environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'printable'):
        pass
        yield "<p class='note'>"
        yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'Map:', _block_vars=_block_vars)))
        yield ' '
        yield escape(environment.finalize(context.eval_ctx, (undefined(name='map_note') if l_0_map_note is missing else l_0_map_note)))
        yield '</p>'
    if (environment.getattr((undefined(name='subject') if l_0_subject is missing else l_0_subject), 'leaders') and (not environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'printable'))):
        pass
        yield '<h2>'
        yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'Heads of state and government', _block_vars=_block_vars)))
        yield "</h2><table class='grid'><tr><th>"
        yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'Office', _block_vars=_block_vars)))
        yield '</th><th>'
        yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'Person', _block_vars=_block_vars)))
        yield '</th><th>'
        yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'From', _block_vars=_block_vars)))
        yield '</th><th>'
        yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'To', _block_vars=_block_vars)))
        yield '</th><th></th></tr>'
        l_1_loop = missing
        for l_1_leader, l_1_loop in LoopContext(environment.getattr((undefined(name='subject') if l_0_subject is missing else l_0_subject), 'leaders'), undefined):
            l_1_office_labels = resolve('office_labels')
            l_1_leader_names = resolve('leader_names')
            l_1_shown = l_1_others = missing
            _loop_vars = {}
            pass
            if (environment.getattr(l_1_leader, 'follows_a_gap') and environment.getattr(l_1_loop, 'previtem')):
                pass
                yield '<tr><td>'
                yield escape(environment.finalize(context.eval_ctx, environment.getitem((undefined(name='office_labels') if l_1_office_labels is missing else l_1_office_labels), environment.getattr(l_1_leader, 'office'))))
                yield '</td><td><i>'
                yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'No holder recorded', _loop_vars=_loop_vars)))
                yield '</i></td><td>'
                yield escape(environment.finalize(context.eval_ctx, environment.getattr(environment.getattr(l_1_loop, 'previtem'), 'end_date')))
                yield '</td><td>'
                yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_1_leader, 'start_date')))
                yield '</td><td></td></tr>'
            (l_1_shown, l_1_others) = context.call((undefined(name='leader_names') if l_1_leader_names is missing else l_1_leader_names), l_1_leader, _loop_vars=_loop_vars)
            _loop_vars.update({'others': l_1_others, 'shown': l_1_shown})
            yield '<tr><td>'
            yield escape(environment.finalize(context.eval_ctx, environment.getitem((undefined(name='office_labels') if l_1_office_labels is missing else l_1_office_labels), environment.getattr(l_1_leader, 'office'))))
            yield '</td><td>'
            yield escape(environment.finalize(context.eval_ctx, (undefined(name='shown') if l_1_shown is missing else l_1_shown)))
            if (undefined(name='others') if l_1_others is missing else l_1_others):
                pass
                yield " <span class='note'>"
                yield escape(environment.finalize(context.eval_ctx, (undefined(name='others') if l_1_others is missing else l_1_others)))
                yield '</span>'
            yield '</td><td>'
            yield escape(environment.finalize(context.eval_ctx, (environment.getattr(l_1_leader, 'start_date') or context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'not known', _loop_vars=_loop_vars))))
            yield '</td><td>'
            yield escape(environment.finalize(context.eval_ctx, (environment.getattr(l_1_leader, 'end_date') or context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'present', _loop_vars=_loop_vars))))
            yield '</td><td>'
            yield escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'cite'), environment.getattr(l_1_leader, 'source_id'), _loop_vars=_loop_vars)))
            yield '</td></tr>'
        l_1_loop = l_1_leader = l_1_office_labels = l_1_leader_names = l_1_shown = l_1_others = missing
        yield "</table><p class='note'>"
        yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), "A term runs from its first day up to, not including, the last date shown: the successor's first day.", _block_vars=_block_vars)))
        yield '</p>'
    if environment.getattr((undefined(name='subject') if l_0_subject is missing else l_0_subject), 'chairmanships'):
        pass
        yield '<h2>'
        yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'Chairmanship of the SCO', _block_vars=_block_vars)))
        yield '</h2>'
        if environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'printable'):
            pass
            yield '<p>'
            l_1_loop = missing
            for l_1_term, l_1_loop in LoopContext(environment.getattr((undefined(name='subject') if l_0_subject is missing else l_0_subject), 'chairmanships'), undefined):
                _loop_vars = {}
                pass
                if (not environment.getattr(l_1_loop, 'first')):
                    pass
                    yield '; '
                yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), '{start} to {end}', start=environment.getattr(l_1_term, 'start_date'), end=(environment.getattr(l_1_term, 'end_date') or context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'present', _loop_vars=_loop_vars)), _loop_vars=_loop_vars)))
                yield escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'cite'), environment.getattr(l_1_term, 'source_id'), _loop_vars=_loop_vars)))
            l_1_loop = l_1_term = missing
            yield '</p>'
        else:
            pass
            yield '<ul>'
            for l_1_term in environment.getattr((undefined(name='subject') if l_0_subject is missing else l_0_subject), 'chairmanships'):
                _loop_vars = {}
                pass
                yield '<li>'
                yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), '{start} to {end}', start=environment.getattr(l_1_term, 'start_date'), end=(environment.getattr(l_1_term, 'end_date') or context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'present', _loop_vars=_loop_vars)), _loop_vars=_loop_vars)))
                yield ' '
                yield escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'cite'), environment.getattr(l_1_term, 'source_id'), _loop_vars=_loop_vars)))
                yield '</li>'
            l_1_term = missing
            yield '</ul>'
    if ((t_1(environment.getattr((undefined(name='subject') if l_0_subject is missing else l_0_subject), 'indicators')) > t_1(context.call((undefined(name='latest_indicators') if l_0_latest_indicators is missing else l_0_latest_indicators), (undefined(name='subject') if l_0_subject is missing else l_0_subject), _block_vars=_block_vars))) and (not environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'printable'))):
        pass
        (l_0_names, l_0_years) = context.call((undefined(name='indicators_by_year') if l_0_indicators_by_year is missing else l_0_indicators_by_year), (undefined(name='subject') if l_0_subject is missing else l_0_subject), _block_vars=_block_vars)
        _block_vars.update({'names': l_0_names, 'years': l_0_years})
        yield '<h2>'
        yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'Population, economy and area', _block_vars=_block_vars)))
        yield "</h2><table class='grid'><tr><th>"
        yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'Year', _block_vars=_block_vars)))
        yield '</th>'
        for l_1_name in (undefined(name='names') if l_0_names is missing else l_0_names):
            l_1_indicator_labels = resolve('indicator_labels')
            _loop_vars = {}
            pass
            yield '<th>'
            if (l_1_name == 'area_km2'):
                pass
                yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), '{figure}, km²', figure=environment.getitem((undefined(name='indicator_labels') if l_1_indicator_labels is missing else l_1_indicator_labels), l_1_name), _loop_vars=_loop_vars)))
            else:
                pass
                yield escape(environment.finalize(context.eval_ctx, environment.getitem((undefined(name='indicator_labels') if l_1_indicator_labels is missing else l_1_indicator_labels), l_1_name)))
            yield '</th>'
        l_1_name = l_1_indicator_labels = missing
        yield '</tr>'
        for (l_1_year, l_1_figures) in (undefined(name='years') if l_0_years is missing else l_0_years):
            _loop_vars = {}
            pass
            yield '<tr><td>'
            yield escape(environment.finalize(context.eval_ctx, l_1_year))
            yield '</td>'
            for l_2_figure in l_1_figures:
                l_2_indicator_number = resolve('indicator_number')
                _loop_vars = {}
                pass
                yield "<td class='number'>"
                if l_2_figure:
                    pass
                    yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='indicator_number') if l_2_indicator_number is missing else l_2_indicator_number), l_2_figure, _loop_vars=_loop_vars)))
                    yield escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'cite'), environment.getattr(l_2_figure, 'source_id'), _loop_vars=_loop_vars)))
                yield '</td>'
            l_2_figure = l_2_indicator_number = missing
            yield '</tr>'
        l_1_year = l_1_figures = missing
        yield '</table>'
    if environment.getattr((undefined(name='subject') if l_0_subject is missing else l_0_subject), 'status_history'):
        pass
        yield '<h2>'
        yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'Status timeline', _block_vars=_block_vars)))
        yield "</h2><table class='grid'><tr><th>"
        yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'Status', _block_vars=_block_vars)))
        yield '</th><th>'
        yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'From', _block_vars=_block_vars)))
        yield '</th><th>'
        yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'To', _block_vars=_block_vars)))
        yield '</th><th>'
        yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'Decided at', _block_vars=_block_vars)))
        yield '</th><th></th></tr>'
        for l_1_period in environment.getattr((undefined(name='subject') if l_0_subject is missing else l_0_subject), 'status_history'):
            l_1_status_labels = resolve('status_labels')
            _loop_vars = {}
            pass
            yield '<tr><td>'
            yield escape(environment.finalize(context.eval_ctx, environment.getitem((undefined(name='status_labels') if l_1_status_labels is missing else l_1_status_labels), environment.getattr(l_1_period, 'status'))))
            yield '</td><td>'
            yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_1_period, 'start_date')))
            yield '</td><td>'
            yield escape(environment.finalize(context.eval_ctx, (environment.getattr(l_1_period, 'end_date') or context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'present', _loop_vars=_loop_vars))))
            yield '</td><td>'
            yield escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'link'), environment.getattr(l_1_period, 'decided_at'), _loop_vars=_loop_vars)))
            yield '</td><td>'
            yield escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'cite'), environment.getattr(l_1_period, 'source_id'), _loop_vars=_loop_vars)))
            yield '</td></tr>'
        l_1_period = l_1_status_labels = missing
        yield '</table>'
        yield escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'precision'), environment.getattr((undefined(name='subject') if l_0_subject is missing else l_0_subject), 'status_history'), _block_vars=_block_vars)))
    yield escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'links'), context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'Meetings hosted', _block_vars=_block_vars), context.call((undefined(name='titled') if l_0_titled is missing else l_0_titled), environment.getattr((undefined(name='subject') if l_0_subject is missing else l_0_subject), 'summits_hosted'), _block_vars=_block_vars), _block_vars=_block_vars)))
    yield escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'links'), context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'Documents adopted at meetings it hosted, and treaties it signed', _block_vars=_block_vars), context.call((undefined(name='titled') if l_0_titled is missing else l_0_titled), environment.getattr((undefined(name='subject') if l_0_subject is missing else l_0_subject), 'documents'), _block_vars=_block_vars), _block_vars=_block_vars)))
    yield escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'links'), context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'Joint exercises it took part in', _block_vars=_block_vars), context.call((undefined(name='titled') if l_0_titled is missing else l_0_titled), environment.getattr((undefined(name='subject') if l_0_subject is missing else l_0_subject), 'exercises'), _block_vars=_block_vars), _block_vars=_block_vars)))
    (l_0_table, l_0_picture) = context.call((undefined(name='trade') if l_0_trade is missing else l_0_trade), (undefined(name='subject') if l_0_subject is missing else l_0_subject), environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'printable'), _block_vars=_block_vars)
    _block_vars.update({'picture': l_0_picture, 'table': l_0_table})
    if (not environment.getattr((undefined(name='subject') if l_0_subject is missing else l_0_subject), 'trade')):
        pass
        yield '<h2>'
        yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'Trade', _block_vars=_block_vars)))
        yield '</h2><p>'
        yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'No trade figures are recorded.', _block_vars=_block_vars)))
        yield '</p>'
    elif environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'printable'):
        pass
        yield '<h2>'
        yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'Trade with China', _block_vars=_block_vars)))
        yield '</h2>'
        if (undefined(name='picture') if l_0_picture is missing else l_0_picture):
            pass
            yield '<p><img src="'
            yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='private_url') if l_0_private_url is missing else l_0_private_url), (undefined(name='chart_scheme') if l_0_chart_scheme is missing else l_0_chart_scheme), environment.getattr((undefined(name='state') if l_0_state is missing else l_0_state), 'id'), _block_vars=_block_vars)))
            yield '" width="640" height="220"></p>'
        yield escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'trade_table'), (undefined(name='table') if l_0_table is missing else l_0_table), _block_vars=_block_vars)))
        yield "<p class='note'>"
        yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), "Goods, US dollars, current prices; China's customs figures unless another reporter is named.", _block_vars=_block_vars)))
        yield '</p>'
    else:
        pass
        yield '<h2>'
        yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'Trade with China', _block_vars=_block_vars)))
        yield '</h2>'
        if (undefined(name='picture') if l_0_picture is missing else l_0_picture):
            pass
            yield '<p><a href="'
            yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='entity_url') if l_0_entity_url is missing else l_0_entity_url), 'trade', environment.getattr((undefined(name='state') if l_0_state is missing else l_0_state), 'id'), _block_vars=_block_vars)))
            yield '"><img src="'
            yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='private_url') if l_0_private_url is missing else l_0_private_url), (undefined(name='sparkline_scheme') if l_0_sparkline_scheme is missing else l_0_sparkline_scheme), environment.getattr((undefined(name='state') if l_0_state is missing else l_0_state), 'id'), _block_vars=_block_vars)))
            yield '"></a><br><a href=\''
            yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='entity_url') if l_0_entity_url is missing else l_0_entity_url), 'trade', environment.getattr((undefined(name='state') if l_0_state is missing else l_0_state), 'id'), _block_vars=_block_vars)))
            yield "'>"
            yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'Open in the trade view', _block_vars=_block_vars)))
            yield '</a></p>'
        yield "<p class='note'>"
        yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), "Goods, US dollars, current prices; China's customs figures unless the partner's own statistics are named.", _block_vars=_block_vars)))
        yield '</p>'
        yield escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'trade_table'), (undefined(name='table') if l_0_table is missing else l_0_table), _block_vars=_block_vars)))

blocks = {'body': block_body}
debug_info = '2=13&3=16&4=20&5=54&6=56&8=61&10=71&11=74&13=89&9=91&16=94&17=97&19=99&20=104&21=112&22=124&23=136&24=144&31=146&32=155&33=171&35=173&36=181&37=189&39=191&40=192&41=193&43=200&44=203&45=214&46=220&47=223&49=231&50=234&51=243&54=251&56=253&57=256&59=258&61=275&62=279&67=285&68=287&69=290&70=308&71=312&75=328&76=331&77=341&78=346&79=352&80=354&83=358&85=359&86=360&87=361&88=362&89=364&90=367&91=371&92=374&94=376&95=381&97=388&98=390&99=393&100=397&102=402&103=404'